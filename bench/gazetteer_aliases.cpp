// Benchmark helper: prints every term of the built-in gazetteer, one a line, for the
// comparison scripts/bench.sh makes with `rg -c -F -f ALIASES` over the same files.
#include "app/extract/gazetteer.h"

#include <QCoreApplication>
#include <QSet>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Problems problems;
    const Gazetteer gazetteer = Gazetteer::builtin(&problems);
    QTextStream out(stdout);
    QSet<QString> written;
    for (const Entity &entity : gazetteer.entities()) {
        for (const GazetteerTerm &term : entity.terms) {
            if (!term.text.isEmpty() && !written.contains(term.text)) {
                written.insert(term.text);
                out << term.text << '\n';
            }
        }
    }
    return problems.isEmpty() ? 0 : 1;
}
