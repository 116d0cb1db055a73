// A chart's legend keeps every entry whole in a narrow chart: Qt Charts alone cut three event
// types of a 560-pixel timeline to "state…", "applic…" and "huma…".
#include "app/charts/chart_catalog.h"
#include "app/model/document_model_builder.h"
#include "ui/charts/chart_factory.h"
#include "ui/charts/wrapped_legend.h"

#include "svg_export_texts.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>

#include <gtest/gtest.h>

#include <memory>
#include <set>

namespace {

ChartData chart(const QString &id)
{
    static const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    return ChartCatalog::build(id, *model, {}).value();
}

QStringList legendNames(const ChartData &data)
{
    QStringList names;
    for (const ChartSeries &series : data.series) {
        if (series.inLegend)
            names.append(series.name);
    }
    return names;
}

// The legend's labels: the chart's simple texts named as its series are.
QList<QGraphicsSimpleTextItem *> legendLabels(QGraphicsScene &scene, const QStringList &names)
{
    QList<QGraphicsSimpleTextItem *> labels;
    for (QGraphicsItem *item : scene.items()) {
        auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        if (text && names.contains(text->text()))
            labels.append(text);
    }
    return labels;
}

} // namespace

TEST(WrappedLegend, ANarrowTimelineNamesEveryEventTypeWhole)
{
    const ChartData timeline = chart(QStringLiteral("timeline"));
    const QStringList names = legendNames(timeline);
    ASSERT_GE(names.size(), 6);
    const QStringList texts = SvgExportTexts::of(timeline, QSize(560, 420));
    for (const QString &name : names)
        EXPECT_TRUE(texts.contains(name)) << name.toStdString();
    for (const QString &text : texts)
        EXPECT_FALSE(text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("...")))
            << text.toStdString();
}

// The rows of the legend of `chart` (laid out in `scene` at `size`), each checked to lie below
// the date axis's title, with which the chart's content ends; and how high they reach.
struct LegendRows {
    int rows = 0;
    double height = 0;
};

LegendRows rowsAt(QChart *drawn, QGraphicsScene &scene, const ChartData &data, const QSize &size)
{
    drawn->setGeometry(QRectF(QPointF(0, 0), size));
    drawn->layout()->activate();
    const QStringList names = legendNames(data);
    const QList<QGraphicsSimpleTextItem *> labels = legendLabels(scene, names);
    EXPECT_EQ(labels.size(), names.size());
    QRectF title;
    for (QGraphicsItem *item : scene.items()) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && text->toPlainText() == data.valueTitle)
            title = text->sceneBoundingRect();
    }
    EXPECT_FALSE(title.isNull());
    std::set<int> tops;
    double top = size.height(), bottom = 0;
    for (QGraphicsSimpleTextItem *label : labels) {
        const QRectF box = label->sceneBoundingRect();
        EXPECT_GE(box.top(), title.bottom() - 1) << label->text().toStdString();
        tops.insert(qRound(box.top()));
        top = std::min(top, box.top());
        bottom = std::max(bottom, box.bottom());
    }
    return {int(tops.size()), bottom - top};
}

TEST(WrappedLegend, RowsBelowTheChartOneWhereThereIsRoomMoreWhereNot)
{
    const ChartData timeline = chart(QStringLiteral("timeline"));
    QGraphicsScene scene;
    QChart *drawn = ChartFactory::create(timeline, false);
    scene.addItem(drawn);
    // The same chart, wide, narrow and wide again: its rows, and its margin, follow.
    EXPECT_EQ(rowsAt(drawn, scene, timeline, QSize(1200, 800)).rows, 1);
    const int oneRow = drawn->margins().bottom();
    EXPECT_GE(rowsAt(drawn, scene, timeline, QSize(400, 600)).rows, 2);
    EXPECT_GT(drawn->margins().bottom(), oneRow);
    EXPECT_EQ(rowsAt(drawn, scene, timeline, QSize(1200, 800)).rows, 1);
    EXPECT_EQ(drawn->margins().bottom(), oneRow);
}

TEST(WrappedLegend, RowsTakeAThirdOfTheChartAtMost)
{
    // 240×150: a row holds three entries or so, and three rows would take more than a third of
    // the chart; the entries share the rows that fit there, cut short.
    const ChartData timeline = chart(QStringLiteral("timeline"));
    QGraphicsScene scene;
    QChart *drawn = ChartFactory::create(timeline, false);
    scene.addItem(drawn);
    drawn->setGeometry(QRectF(0, 0, 240, 150));
    drawn->layout()->activate();
    const QRectF plot = drawn->plotArea();
    ASSERT_FALSE(plot.isEmpty());
    // The legend's labels: the simple texts below the plot (the timeline's columns are dates,
    // which the axis draws itself).
    int labels = 0;
    double top = 150, bottom = 0;
    for (QGraphicsItem *item : scene.items()) {
        auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        if (!text || text->sceneBoundingRect().top() <= plot.bottom())
            continue;
        ++labels;
        top = std::min(top, text->sceneBoundingRect().top());
        bottom = std::max(bottom, text->sceneBoundingRect().bottom());
    }
    EXPECT_EQ(labels, legendNames(timeline).size());
    EXPECT_LE(bottom - top, 150.0 / 3);
}

TEST(WrappedLegend, EntriesLeftOutStayOut)
{
    // The stance chart draws each value twice more as dots, left out of the legend: a name is
    // there once, and once on the score axis.
    const ChartData stance = chart(QStringLiteral("stance-overview"));
    const QStringList texts = SvgExportTexts::of(stance, QSize(1200, 800));
    for (const QString &name : legendNames(stance))
        EXPECT_EQ(texts.count(name), stance.valueLabels.contains(name) ? 2 : 1)
            << name.toStdString();
}

TEST(WrappedLegend, RowsTakeWhatFitsAndAnEntryTooWideStandsAlone)
{
    using WrappedLegend::rowStarts;
    EXPECT_EQ(rowStarts({50, 50, 50}, 10, 200), QVector<int>({0}));    // 170 fit
    EXPECT_EQ(rowStarts({50, 50, 50}, 10, 120), QVector<int>({0, 2})); // 110, then 50
    EXPECT_EQ(rowStarts({30, 300, 30}, 10, 100), QVector<int>({0, 1, 2}));
    EXPECT_TRUE(rowStarts({}, 10, 100).isEmpty());
}
