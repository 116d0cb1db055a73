// GoogleTest entry point for the widget tests: a QApplication on the offscreen platform, on a
// screen of a small laptop's size (1366×768), with a data folder of its own.
#include "app/search/article_search.h"
#include "ui/charts/chart_build_pool.h"
#include "ui/style/text_rendering.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QThreadPool>

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
    QApplication app(argc, argv);
    TextRendering::install(); // as the application does
    Theme::apply(Theme::Kind::Light);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    // Every worker thread ended and joined here, well before LeakSanitizer's check at exit: Qt
    // scales and converts big images on the global pool, and a pool thread still ending when
    // the check stops the threads made its tracer crash ("Tracer caught signal 11") in the
    // sanitizer run, after a test had passed.
    for (QThreadPool *pool :
         {QThreadPool::globalInstance(), ChartBuildPool::instance(), ArticleSearch::indexingPool()})
        pool->waitForDone();
    return result;
}
