// Chart data reads top-down; Qt draws from the bottom up: the first row must land on top, and a
// click or hover on a drawn bar must name the data row it draws.
#include "app/charts/chart_catalog.h"
#include "app/model/document_model_builder.h"
#include "ui/charts/chart_factory.h"
#include "ui/charts/chart_mark_signals.h"
#include "ui/charts/chart_rows.h"
#include "ui/style/palette.h"
#include "window_fixture.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsRectItem>
#include <QHorizontalStackedBarSeries>
#include <QScatterSeries>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace {

DocumentModelPtr model()
{
    static const DocumentModelPtr m = DocumentModelBuilder::build(CorpusOptions{});
    return m;
}

ChartData build(const char *id, const QStringList &countries = {})
{
    return ChartCatalog::build(QLatin1String(id), *model(), countries).value();
}

ChartData rowsOf(ChartData::Kind kind, int rows)
{
    ChartData data;
    data.kind = kind;
    for (int r = 0; r < rows; ++r)
        data.addCategory(QStringLiteral("row %1").arg(r));
    return data;
}

} // namespace

TEST(ChartRows, ChartsInRowsAreTurnedOverAndGroupsAreNot)
{
    for (const auto kind : {ChartData::Kind::Diverging, ChartData::Kind::Dots,
                            ChartData::Kind::StackedBars, ChartData::Kind::Timeline}) {
        const ChartData data = rowsOf(kind, 3);
        EXPECT_EQ(ChartRows::position(data, 0), 2);
        EXPECT_EQ(ChartRows::rowAt(data, 2), 0);
        EXPECT_EQ(ChartRows::rowsByPosition(data), (QVector<int>{2, 1, 0}));
    }
    const ChartData groups = rowsOf(ChartData::Kind::GroupedBars, 3);
    EXPECT_EQ(ChartRows::rowsByPosition(groups), (QVector<int>{0, 1, 2}));
}

TEST(ChartRows, ALabelCarriesTheSignsOfItsRow)
{
    ChartData data = rowsOf(ChartData::Kind::StackedBars, 0);
    data.addCategory(QStringLiteral("Georgia"), CategoryMark::Disputed);
    data.addCategory(QStringLiteral("Russia"), CategoryMark::ThinEvidence);
    data.addCategory(QStringLiteral("Armenia"));
    EXPECT_EQ(ChartRows::label(data, 0), QStringLiteral("Georgia ⚠"));
    EXPECT_EQ(ChartRows::label(data, 1), QStringLiteral("Russia ◔"));
    EXPECT_EQ(ChartRows::label(data, 2), QStringLiteral("Armenia"));
    EXPECT_EQ(ChartRows::labelsByPosition(data, true),
              QStringList({QStringLiteral("Armenia"), QStringLiteral("Russia ◔"),
                           QStringLiteral("Georgia ⚠")}));
}

TEST(ChartRows, TheFirstRowOfTheDataIsDrawnOnTop)
{
    // Belarus, the codebook's one country supporting Russia, is the stance overview's first
    // row: its red bar must be drawn in the top row of the plot, under the top label.
    const ChartData data = build("stance-overview");
    ASSERT_EQ(data.categories.first(), QStringLiteral("Belarus"));
    QChartView view(ChartFactory::create(data, false));
    view.resize(900, 700);
    view.show();
    QApplication::processEvents();
    QChart *chart = view.chart();
    QBarCategoryAxis *rows = nullptr;
    for (QAbstractAxis *axis : chart->axes())
        rows = rows ? rows : qobject_cast<QBarCategoryAxis *>(axis);
    ASSERT_NE(rows, nullptr);
    EXPECT_EQ(rows->categories().last(), QStringLiteral("Belarus")); // Qt's last is the top
    const QColor red = Palette::stance(QStringLiteral("supports_russia"));
    const QRectF plot = chart->plotArea();
    const double rowHeight = plot.height() / data.categories.size();
    int redBars = 0;
    for (QGraphicsItem *item : chart->scene()->items()) {
        auto *bar = dynamic_cast<QGraphicsRectItem *>(item);
        if (!bar || bar->brush().color() != red || bar->rect().isEmpty())
            continue;
        const QPointF middle = chart->mapFromScene(bar->sceneBoundingRect().center());
        if (!plot.contains(middle))
            continue; // the legend's marker
        ++redBars;
        EXPECT_LT(middle.y(), plot.top() + rowHeight) << middle.y();
    }
    EXPECT_EQ(redBars, 1);
}

TEST(ChartRows, TheFirstLaneOfTheTimelineIsOnTop)
{
    const ChartData data = build("timeline", {QStringLiteral("KAZ"), QStringLiteral("BLR")});
    ASSERT_EQ(data.categories,
              QStringList({QStringLiteral("Kazakhstan"), QStringLiteral("Belarus")}));
    const std::unique_ptr<QChart> chart(ChartFactory::create(data, false));
    QCategoryAxis *lanes = nullptr;
    for (QAbstractAxis *axis : chart->axes())
        lanes = lanes ? lanes : qobject_cast<QCategoryAxis *>(axis);
    ASSERT_NE(lanes, nullptr);
    EXPECT_EQ(lanes->endValue(QStringLiteral("Kazakhstan")), 1.0); // the higher lane
    EXPECT_EQ(lanes->endValue(QStringLiteral("Belarus")), 0.0);
}

TEST(ChartRows, TypesOnOneDayOfALaneAreDrawnApartWithinIt)
{
    ChartData data = rowsOf(ChartData::Kind::Timeline, 2);
    for (const char *type : {"meeting", "statement"}) {
        ChartSeries series = ChartSeries::named(QLatin1String(type), {});
        series.dates = {QDate(2022, 3, 2)};
        series.values = {0}; // both in the first lane, on one day
        series.evidence = {{}};
        data.series.append(series);
    }
    const std::unique_ptr<QChart> chart(ChartFactory::create(data, false));
    QVector<QPointF> drawn;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *points = qobject_cast<QScatterSeries *>(series))
            drawn += points->points();
    }
    ASSERT_EQ(drawn.size(), 2);
    EXPECT_EQ(drawn[0].x(), drawn[1].x());
    EXPECT_NE(drawn[0].y(), drawn[1].y()); // neither hides the other
    const double lane = ChartRows::position(data, 0);
    for (const QPointF &p : drawn)
        EXPECT_LT(std::abs(p.y() - lane), 0.5); // within the first lane
}

TEST(ChartRows, AClickOrHoverOnADrawnBarNamesTheDataRowItDraws)
{
    QHorizontalStackedBarSeries bars;
    auto *set = new QBarSet(QStringLiteral("values"));
    set->append({1, 2, 3});
    bars.append(set);
    ChartMarkSignals marks;
    marks.watchBars(&bars, {2, 1, 0});
    QSignalSpy clicked(&marks, &ChartMarkSignals::clicked);
    QSignalSpy hovered(&marks, &ChartMarkSignals::hovered);
    Q_EMIT bars.clicked(0, set);       // the bottom bar
    Q_EMIT bars.hovered(true, 2, set); // the top bar
    Q_EMIT bars.clicked(7, set);       // no bar there: nothing
    ASSERT_EQ(clicked.size(), 1);
    EXPECT_EQ(clicked.at(0).at(0).toInt(), 0);
    EXPECT_EQ(clicked.at(0).at(1).toInt(), 2);
    ASSERT_EQ(hovered.size(), 1);
    EXPECT_EQ(hovered.at(0).at(1).toInt(), 0);
    EXPECT_TRUE(hovered.at(0).at(2).toBool());
}
