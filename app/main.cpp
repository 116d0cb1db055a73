// position-explorer: the command line entry point.
#include "cli/command_line.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Position Explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Position Explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PE_VERSION));

    const ParseResult parsed = CommandLine::parse(QCoreApplication::arguments());
    if (!parsed.error.isEmpty()) {
        QTextStream(stderr) << "position-explorer: " << parsed.error << Qt::endl;
        return 2;
    }
    return CommandLine::run(parsed.request);
}
