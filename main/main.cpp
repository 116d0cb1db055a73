// position-explorer: the entry point. Headless modes run on a QCoreApplication and need no
// display; without them, the window opens.
#include "app/cli/command_line.h"
#include "main/chart_command.h"
#include "ui/first_paint.h"
#include "ui/main_window.h"
#include "ui/style/text_rendering.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>
#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Position Explorer"));
    QCoreApplication::setOrganizationName(QStringLiteral("Position Explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PE_VERSION));
}

// Headless commands keep stderr for their own one-line messages: Qt's platform chatter
// (such as "XDG_RUNTIME_DIR not set") is dropped; critical messages still go through.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << message << Qt::endl;
}

QStringList arguments(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list.append(QString::fromLocal8Bit(argv[i]));
    return list;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// --benchmark-startup: once the corpus is loaded and the window painted with it, the time since
// main() began goes to stdout; then the app quits.
void quitAfterFirstLoadedPaint(MainWindow &window, const QElapsedTimer &sinceStart)
{
    QObject::connect(&window, &MainWindow::documentLoaded, &window, [&window, &sinceStart] {
        FirstPaint::after(&window, [&sinceStart] {
            QTextStream(stdout) << sinceStart.elapsed() << Qt::endl;
            QCoreApplication::quit();
        });
    });
}

// --benchmark-startup's settings: a copy of the user's in a folder of its own, removed with
// whatever a start writes there (a library gone forgotten, a damaged file set aside beside it),
// so that a measurement leaves the user's as they were. Null when the copy cannot be made.
std::unique_ptr<QSettings> copyOfUserSettings(const QTemporaryDir &scratch)
{
    QFile copy(scratch.filePath(QStringLiteral("settings.conf")));
    if (!scratch.isValid() || !copy.open(QIODevice::WriteOnly))
        return nullptr;
    QFile user(QSettings().fileName());
    if (user.open(QIODevice::ReadOnly))
        copy.write(user.readAll());
    copy.close();
    return std::make_unique<QSettings>(copy.fileName(), QSettings::IniFormat);
}

int runWindow(int argc, char *argv[], const Request &request, const QElapsedTimer &sinceStart)
{
    if (!hasDisplay()) {
        QTextStream(stderr) << "position-explorer: no display to open the window on; run it "
                               "under a desktop (or xvfb-run), or use a headless mode such as "
                               "--export-model or --export-chart (see --help)"
                            << Qt::endl;
        return 2;
    }
    QApplication app(argc, argv);
    describeApplication();
    std::optional<QTemporaryDir> scratch; // made before the settings in it, removed after them
    std::unique_ptr<QSettings> settings;  // the window checks them; damaged, it uses defaults
    if (request.benchmarkStartup) {
        scratch.emplace();
        settings = copyOfUserSettings(*scratch);
        if (!settings) {
            QTextStream(stderr) << "position-explorer: --benchmark-startup reads a copy of the "
                                   "settings, and no temporary folder could be made for it ("
                                << scratch->errorString() << ")" << Qt::endl;
            return 2;
        }
    } else {
        settings = std::make_unique<QSettings>();
    }
    Theme::apply(Theme::fromName(settings->value(QStringLiteral("window/theme")).toString()));
    TextRendering::install(); // after the style, which sets the desktop's class fonts anew
    // --library, else the window opens the library opened last, else the default one.
    CorpusOptions corpus = request.corpus;
    corpus.library = request.libraryGiven ? request.corpus.library : QString();
    MainWindow window(corpus, settings.get());
    if (request.benchmarkStartup) {
        window.setSavesStateOnClose(false); // nor does its quit spend time saving them
        quitAfterFirstLoadedPaint(window, sinceStart);
    }
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    const ParseResult parsed = CommandLine::parse(arguments(argc, argv));
    if (!parsed.error.isEmpty()) {
        QTextStream(stderr) << "position-explorer: " << parsed.error << Qt::endl;
        return 2;
    }
    if (!CommandLine::isHeadless(parsed.request))
        return runWindow(argc, argv, parsed.request, sinceStart);
    if (parsed.request.mode == Request::Mode::ExportChart) {
        // Qt Charts needs a QApplication; headless, it draws on the offscreen platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietQtMessages);
        QApplication app(argc, argv);
        describeApplication();
        return ChartCommand::run(parsed.request);
    }
    QCoreApplication app(argc, argv);
    describeApplication();
    return CommandLine::run(parsed.request);
}
