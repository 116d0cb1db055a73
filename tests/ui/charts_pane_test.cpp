#include "app/charts/chart_catalog.h"
#include "app/export/chart_sources_json.h"
#include "app/models/model_roles.h"
#include "ui/charts/chart_batch_export.h"
#include "ui/charts/chart_card.h"
#include "ui/charts/chart_export_dialog.h"
#include "ui/charts/charts_pane.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/positions_pane.h"
#include "ui/style/theme.h"
#include "window_fixture.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

#include <QPointer>
#include <QSignalSpy>

#include <gtest/gtest.h>

TEST(ChartsPane, CtrlClickedCountriesDriveTheCharts)
{
    WindowFixture f;
    MainWindow &w = f.window();
    QTreeView *list = w.countryList()->view();
    clickCountry(list, QStringLiteral("KAZ"));
    clickCountry(list, QStringLiteral("BLR"), Qt::ControlModifier);
    EXPECT_EQ(w.countryList()->selectedCountries().size(), 2);
    w.tabs()->setCurrentWidget(w.charts());
    w.charts()->setChart(QStringLiteral("comparison"));
    QStringList names;
    for (const ChartSeries &s : w.charts()->data().series)
        names.append(s.name);
    names.sort();
    EXPECT_EQ(names, QStringList({QStringLiteral("Belarus"), QStringLiteral("Kazakhstan")}));
    ASSERT_NE(w.charts()->view()->chart(), nullptr);
    EXPECT_TRUE(w.charts()->view()->chart()->title().contains(QStringLiteral("Kazakhstan")));
    EXPECT_TRUE(w.charts()->caption().startsWith(QStringLiteral("Sources: ")));
}

// Export All builds each chart's data on a worker thread and writes it when ready: it has
// written nothing when it starts, the window's event loop writes the charts one by one.
TEST(ChartsPane, ExportAllWritesEveryChartWhileTheWindowKeepsAnswering)
{
    WindowFixture f;
    QTemporaryDir dir;
    ChartBatchExport *batch = f.window().charts()->startExportAll(dir.path());
    QSignalSpy progressed(batch, &ChartBatchExport::progressed);
    QSignalSpy finished(batch, &ChartBatchExport::finished);
    EXPECT_TRUE(batch->written().isEmpty());
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    ASSERT_TRUE(finished.wait(20000));
    const QStringList written = finished.first().at(0).toStringList();
    EXPECT_TRUE(finished.first().at(1).toString().isEmpty())
        << finished.first().at(1).toString().toStdString();
    EXPECT_FALSE(finished.first().at(2).toBool());
    ASSERT_EQ(written.size(), ChartCatalog::all().size());
    EXPECT_EQ(progressed.size(), ChartCatalog::all().size() - 1); // the first came before the spy
    for (const QString &path : written) {
        const QImage image(path);
        EXPECT_EQ(image.size(), QSize(1200, 800)) << path.toStdString();
        // The window offers the sources by default: each image has its sidecar.
        EXPECT_TRUE(QFile::exists(ChartSourcesJson::pathFor(path))) << path.toStdString();
    }
    EXPECT_TRUE(QFile::exists(QDir(dir.path()).filePath(QStringLiteral("unga-votes.png"))));
}

// Cancel stops before the next chart; what was written stays, and nothing more is written.
TEST(ChartsPane, ExportAllCancelledKeepsWhatWasWrittenAndWritesNoMore)
{
    WindowFixture f;
    QTemporaryDir dir;
    ChartBatchExport *batch = f.window().charts()->startExportAll(dir.path());
    QSignalSpy progressed(batch, &ChartBatchExport::progressed);
    QSignalSpy finished(batch, &ChartBatchExport::finished);
    ASSERT_TRUE(progressed.wait(20000)); // the second chart is in hand: one is written
    batch->cancel();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_TRUE(finished.first().at(2).toBool());
    const QStringList written = finished.first().at(0).toStringList();
    EXPECT_EQ(written.size(), 1);
    const QPointer<ChartBatchExport> gone(batch);
    for (int i = 0; i < 100 && gone; ++i) // the pane lets it go
        QTest::qWait(20);
    EXPECT_TRUE(gone.isNull());
    QTest::qWait(300); // a step still running on a worker thread ends, and is thrown away
    const QStringList images = QDir(dir.path()).entryList({QStringLiteral("*.png")}, QDir::Files);
    EXPECT_EQ(images.size(), 1);
    // No sources without their image: the chart in hand when cancelled leaves none behind.
    const QStringList sidecars =
        QDir(dir.path()).entryList({QStringLiteral("*.sources.json")}, QDir::Files);
    EXPECT_EQ(sidecars, QStringList{images.value(0) + QStringLiteral(".sources.json")});
}

TEST(ChartsPane, ChartsFollowTheTheme)
{
    WindowFixture f;
    f.window().tabs()->setCurrentWidget(f.window().charts());
    // Nothing is told of the new theme but the palette the pane inherits.
    Theme::apply(Theme::Kind::Dark);
    QCoreApplication::processEvents();
    EXPECT_EQ(f.window().charts()->view()->chart()->theme(), QChart::ChartThemeDark);
    Theme::apply(Theme::Kind::Light);
    QCoreApplication::processEvents();
    EXPECT_EQ(f.window().charts()->view()->chart()->theme(), QChart::ChartThemeLight);
}

TEST(ChartsPane, DrawsOnlyWhenSeenButKeepsItsDataCurrent)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.tabs()->setCurrentWidget(w.positions());
    QChart *before = w.charts()->view()->chart();
    w.charts()->setChart(QStringLiteral("comparison"));
    w.charts()->setCountries({QStringLiteral("KAZ"), QStringLiteral("GEO")});
    EXPECT_EQ(w.charts()->view()->chart(), before); // hidden: nothing drawn
    EXPECT_EQ(w.charts()->data().series.size(), 2); // but the data follows the selection
    w.tabs()->setCurrentWidget(w.charts());
    EXPECT_NE(w.charts()->view()->chart(), before);
    EXPECT_TRUE(w.charts()->view()->chart()->title().contains(QStringLiteral("Georgia")));
}

namespace {

// The colour drawn in the middle of the stance bar of `country`, read from the pixels of the
// chart view as it is shown (grab()). The bar runs from 0 to the country's score; its middle is
// asked of the chart (mapToPosition of half the score the chart's bar set holds, in its row).
QColor stanceBarPixel(QChartView *view, const QString &country)
{
    QChart *chart = view->chart();
    QAbstractBarSeries *bars = firstSeries<QAbstractBarSeries>(chart);
    if (!bars)
        return {};
    const QBarCategoryAxis *rows = nullptr;
    for (QAbstractAxis *axis : bars->attachedAxes())
        rows = rows ? rows : qobject_cast<QBarCategoryAxis *>(axis);
    int row = -1;
    for (int i = 0; rows && i < rows->count(); ++i)
        row = rows->at(i).contains(country) ? i : row; // "▶ Belarus" when selected
    if (row < 0)
        return {};
    double score = 0;
    for (const QBarSet *set : bars->barSets())
        score += set->at(row);
    const QPointF middle = chart->mapToPosition({score / 2, double(row)}, bars);
    const QPoint pixel = view->mapFromScene(chart->mapToScene(middle));
    const QImage image = view->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(QPoint(qRound(pixel.x() * ratio), qRound(pixel.y() * ratio)));
}

} // namespace

TEST(ChartsPane, TheStanceChartDrawsEachCountryInItsStancesColour)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.countryList()->selectCountry(QStringLiteral("BLR"));
    w.tabs()->setCurrentWidget(w.charts());
    w.charts()->setChart(QStringLiteral("stance-overview"));
    QCoreApplication::processEvents();
    // Every source codes Belarus as supporting Russia and Moldova as supporting Ukraine; the
    // palette draws those stances red (#c62828) and dark blue (#1f5fb4).
    EXPECT_EQ(stanceBarPixel(w.charts()->view(), QStringLiteral("Belarus")),
              QColor(0xc6, 0x28, 0x28));
    EXPECT_EQ(stanceBarPixel(w.charts()->view(), QStringLiteral("Moldova")),
              QColor(0x1f, 0x5f, 0xb4));
}

namespace {

int seriesShown(ChartCard *card)
{
    return card->view()->chart() ? int(card->view()->chart()->series().size()) : 0;
}

} // namespace

// The built-in corpus is small; the card is told to treat it as a big library's.
TEST(ChartsPane, ABigLibrarysChartIsBuiltOnAWorkerThreadWhileTheWindowAnswers)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.tabs()->setCurrentWidget(w.charts());
    ChartCard *card = w.charts()->card();
    card->setBuildInBackgroundFrom(0);
    card->setChart(QStringLiteral("timeline"));
    EXPECT_TRUE(card->isBuilding());
    EXPECT_TRUE(card->buildBar()->isVisible());
    EXPECT_EQ(card->buildButton()->text(), QStringLiteral("Cancel"));
    EXPECT_EQ(seriesShown(card), 0); // the chart that was is not shown as this one
    QTRY_VERIFY(!card->isBuilding());
    EXPECT_FALSE(card->buildBar()->isVisible());
    const auto expected =
        ChartCatalog::build(QStringLiteral("timeline"), *w.document(), card->countries());
    ASSERT_TRUE(expected.has_value());
    EXPECT_EQ(seriesShown(card), expected->series.size());
    EXPECT_EQ(card->data().series.size(), expected->series.size());
}

TEST(ChartsPane, CancelStopsTheBuildAndBuildBuildsItAfterAll)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.tabs()->setCurrentWidget(w.charts());
    ChartCard *card = w.charts()->card();
    ASSERT_GT(seriesShown(card), 0); // the chart shown before, built at once
    card->setBuildInBackgroundFrom(0);
    card->setChart(QStringLiteral("event-types"));
    ASSERT_TRUE(card->isBuilding());
    QTest::mouseClick(card->buildButton(), Qt::LeftButton); // Cancel
    EXPECT_FALSE(card->isBuilding());
    QTest::qWait(100); // what the worker finished since is not shown
    EXPECT_EQ(seriesShown(card), 0);
    EXPECT_TRUE(card->buildBar()->isVisible());
    EXPECT_EQ(card->buildButton()->text(), QStringLiteral("Build"));
    // A new theme draws the chart again: not the one shown before the build began.
    Theme::apply(Theme::Kind::Dark);
    QCoreApplication::processEvents();
    EXPECT_EQ(seriesShown(card), 0);
    EXPECT_FALSE(card->isBuilding());
    Theme::apply(Theme::Kind::Light);
    QCoreApplication::processEvents();
    w.tabs()->setCurrentWidget(w.positions()); // seen again, it stays as the user left it
    w.tabs()->setCurrentWidget(w.charts());
    EXPECT_FALSE(card->isBuilding());
    QTest::keyClick(card->buildButton(), Qt::Key_Space); // Build, from the keyboard
    EXPECT_TRUE(card->isBuilding());
    QTRY_VERIFY(!card->isBuilding());
    EXPECT_GT(seriesShown(card), 0);
}

TEST(ChartsPane, AChartAskedForWhileItIsBuiltIsBuiltAtOnce)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.tabs()->setCurrentWidget(w.charts());
    ChartCard *card = w.charts()->card();
    card->setBuildInBackgroundFrom(0);
    card->setChart(QStringLiteral("coverage"));
    ASSERT_TRUE(card->isBuilding());
    // An export asks for the data now: it gets the whole chart, and the worker's is not used.
    const auto expected =
        ChartCatalog::build(QStringLiteral("coverage"), *w.document(), card->countries());
    EXPECT_EQ(card->data().series.size(), expected->series.size());
    EXPECT_FALSE(card->isBuilding());
    EXPECT_FALSE(card->buildBar()->isVisible());
}

// One Export All at a time: a second, while the first runs, is refused with a word; once the
// first has ended, another starts.
TEST(ChartsPane, ExportAllRunsOneAtATime)
{
    WindowFixture f;
    QTemporaryDir dir;
    QSignalSpy said(f.window().charts(), &ChartsPane::statusMessage);
    const QPointer<ChartBatchExport> first = f.window().charts()->startExportAll(dir.path());
    ASSERT_FALSE(first.isNull());
    QSignalSpy finished(first.data(), &ChartBatchExport::finished);
    EXPECT_EQ(f.window().charts()->startExportAll(dir.path()), nullptr);
    ASSERT_EQ(said.size(), 1);
    EXPECT_TRUE(said.first().at(0).toString().contains(QStringLiteral("being exported")));
    ASSERT_TRUE(finished.wait(20000));
    for (int i = 0; i < 100 && first; ++i) // the pane lets it go
        QTest::qWait(20);
    ChartBatchExport *again = f.window().charts()->startExportAll(dir.path());
    ASSERT_NE(again, nullptr);
    QSignalSpy againFinished(again, &ChartBatchExport::finished);
    EXPECT_TRUE(againFinished.wait(20000));
}
