// GoogleTest entry point for the widget tests: a QApplication on the offscreen platform, with
// a data folder of its own.
#include "ui/style/theme.h"

#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The default library (QStandardPaths::AppDataLocation) is the tests' own, never the user's.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    QApplication app(argc, argv);
    Theme::apply(Theme::Kind::Light);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
