// pe-builtin-extractions FILE: a build step. Extracts the built-in articles with the core's code
// and rules and writes their records to FILE, which is compiled into the program (see
// app/model/builtin_extractions.h). Fails, naming each problem, when the built-in rules have any.
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "app/model/builtin_extractions.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        err << "usage: pe-builtin-extractions FILE" << Qt::endl;
        return 2;
    }
    Problems problems;
    const BoilerplateRules rules = BoilerplateRules::builtin(&problems);
    const Corpus corpus = CorpusLoader(rules).load(CorpusOptions(true, {}));
    const QByteArray records = BuiltinExtractions::make(corpus.articles, &problems);
    if (!problems.isEmpty() || corpus.articles.isEmpty()) {
        for (const Problem &p : problems)
            err << "pe-builtin-extractions: " << p.toString() << Qt::endl;
        if (corpus.articles.isEmpty())
            err << "pe-builtin-extractions: the built-in corpus has no article" << Qt::endl;
        return 1;
    }
    QSaveFile file(arguments.at(1));
    if (!file.open(QIODevice::WriteOnly) || file.write(records) != records.size() ||
        !file.commit()) {
        err << "pe-builtin-extractions: " << arguments.at(1) << ": " << file.errorString()
            << Qt::endl;
        return 1;
    }
    return 0;
}
