// GoogleTest entry point for the widget tests: a QApplication on the offscreen platform, on a
// screen of a small laptop's size (1366×768), with a data folder of its own.
#include "ui/style/text_rendering.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // The default library (QStandardPaths::AppDataLocation) is the tests' own, never the user's.
    QTemporaryDir data;
    QFile screen(data.filePath(QStringLiteral("offscreen.json")));
    if (screen.open(QIODevice::WriteOnly))
        screen.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
                      "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
    screen.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen.fileName().toLocal8Bit());
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    // A runtime folder of their own too (made private, as Qt asks) where the session has none:
    // without one, Qt warns in every test and falls back to a shared one in /tmp. (With that
    // warning, LeakSanitizer's check at exit crashed after the JPEG export test, in a run
    // without XDG_RUNTIME_DIR such as CI's.)
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
    QApplication app(argc, argv);
    TextRendering::install(); // as the application does
    Theme::apply(Theme::Kind::Light);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
