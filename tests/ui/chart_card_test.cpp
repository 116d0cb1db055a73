// The chart card's own export, as its Export… button makes it: the image with its sources.
#include "app/export/chart_export_options.h"
#include "app/export/chart_sources_json.h"
#include "ui/charts/chart_build_pool.h"
#include "ui/charts/chart_card.h"
#include "ui/charts/chart_file_export.h"
#include "ui/charts/charts_pane.h"
#include "window_fixture.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <gtest/gtest.h>

// The chart shown is written with its sources; the sidecar is made on a worker thread, so the
// files appear once exported() says so, and a place that cannot be written is named.
TEST(ChartCard, ExportsTheChartShownWithItsSourcesWithoutWaitingForThem)
{
    WindowFixture f;
    f.window().tabs()->setCurrentWidget(f.window().charts());
    f.window().charts()->setChart(QStringLiteral("timeline"));
    ChartCard *card = f.window().charts()->card();
    QTemporaryDir dir;
    ChartExportOptions options;
    options.withSources = true;
    options.size = QSize(800, 500);
    const QString path = dir.filePath(QStringLiteral("timeline.png"));
    QSignalSpy exported(card, &ChartCard::exported);
    card->exportTo(path, options);
    EXPECT_FALSE(QFile::exists(path)); // not yet: its sources are being made
    ASSERT_TRUE(exported.wait(20000));
    EXPECT_EQ(exported.first().at(0).toString(), path);
    EXPECT_TRUE(exported.first().at(1).toString().isEmpty())
        << exported.first().at(1).toString().toStdString();
    EXPECT_EQ(QImage(path).size(), QSize(800, 500));
    QFile sidecar(ChartSourcesJson::pathFor(path));
    ASSERT_TRUE(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject sources = QJsonDocument::fromJson(sidecar.readAll()).object();
    EXPECT_FALSE(sources.isEmpty());

    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/timeline.png"));
    card->exportTo(nowhere, options);
    ASSERT_TRUE(exported.wait(20000));
    const QString error = exported.last().at(1).toString();
    EXPECT_TRUE(error.contains(QStringLiteral("no/such/folder"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(nowhere));
    // An image that cannot be written (a folder is in its place) takes its new sidecar away.
    const QString blocked = dir.filePath(QStringLiteral("blocked.png"));
    ASSERT_TRUE(QDir().mkpath(blocked));
    card->exportTo(blocked, options);
    ASSERT_TRUE(exported.wait(20000));
    EXPECT_FALSE(exported.last().at(1).toString().isEmpty());
    EXPECT_FALSE(QFile::exists(ChartSourcesJson::pathFor(blocked)));
    for (QWidget *w : QApplication::topLevelWidgets()) // the warnings, shown without waiting
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->close();
}

// An export ended before its image — its window closed, or stopped — leaves no sources behind,
// however far the worker thread had gone with them.
TEST(ChartFileExport, AnExportEndedBeforeItsImageLeavesNoSources)
{
    WindowFixture f;
    const DocumentModelPtr document = f.window().document();
    const ChartData chart = f.window().charts()->data();
    ASSERT_FALSE(chart.articles.isEmpty());
    ChartExportOptions options;
    options.withSources = true;
    QTemporaryDir dir;
    bool told = false;
    const auto tell = [&told](const QString &) { told = true; };

    const QString closed = dir.filePath(QStringLiteral("closed.png"));
    auto *context = new QObject;
    ChartFileExport::start(context, chart, document, closed, options, tell);
    delete context; // the window went away while its sources were being written
    ChartBuildPool::instance()->waitForDone();
    QTest::qWait(50);
    EXPECT_FALSE(QFile::exists(ChartSourcesJson::pathFor(closed)));
    EXPECT_FALSE(QFile::exists(closed));

    const QString stopped = dir.filePath(QStringLiteral("stopped.png"));
    auto stop = std::make_shared<std::atomic<bool>>(false);
    QObject owner;
    ChartFileExport::start(&owner, chart, document, stopped, options, tell, stop);
    stop->store(true);
    ChartBuildPool::instance()->waitForDone();
    QTest::qWait(50); // its next step comes, sees the stop, and lets the sidecar go
    EXPECT_FALSE(QFile::exists(ChartSourcesJson::pathFor(stopped)));
    EXPECT_FALSE(QFile::exists(stopped));
    EXPECT_FALSE(told);

    const QString whole = dir.filePath(QStringLiteral("whole.png")); // and one let be: both
    ChartFileExport::start(&owner, chart, document, whole, options, tell);
    for (int i = 0; i < 200 && !told; ++i)
        QTest::qWait(10);
    EXPECT_TRUE(told);
    EXPECT_TRUE(QFile::exists(ChartSourcesJson::pathFor(whole)));
    EXPECT_TRUE(QFile::exists(whole));
}
