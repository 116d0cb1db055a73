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

// The chart of `data` laid out at `size` in `scene`.
QChart *laidOut(const ChartData &data, QGraphicsScene &scene, const QSize &size)
{
    QChart *drawn = ChartFactory::create(data, false);
    scene.addItem(drawn);
    drawn->setGeometry(QRectF(QPointF(0, 0), size));
    drawn->layout()->activate();
    return drawn;
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

TEST(WrappedLegend, RowsBelowTheChartOneWhereThereIsRoomMoreWhereNot)
{
    const ChartData timeline = chart(QStringLiteral("timeline"));
    const QStringList names = legendNames(timeline);
    const auto rowsAt = [&](const QSize &size) {
        QGraphicsScene scene;
        QChart *drawn = laidOut(timeline, scene, size);
        const QList<QGraphicsSimpleTextItem *> labels = legendLabels(scene, names);
        EXPECT_EQ(labels.size(), names.size());
        // Below the date axis's title, which the chart's content ends with.
        QRectF title;
        for (QGraphicsItem *item : scene.items()) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->toPlainText() == timeline.valueTitle)
                title = text->sceneBoundingRect();
        }
        EXPECT_FALSE(title.isNull());
        std::set<int> rows;
        for (QGraphicsSimpleTextItem *label : labels) {
            EXPECT_GE(label->sceneBoundingRect().top(), title.bottom() - 1)
                << label->text().toStdString();
            EXPECT_LE(label->sceneBoundingRect().bottom(), size.height())
                << label->text().toStdString();
            rows.insert(qRound(label->sceneBoundingRect().top()));
        }
        return int(rows.size());
    };
    EXPECT_EQ(rowsAt(QSize(1200, 800)), 1);
    EXPECT_GE(rowsAt(QSize(400, 600)), 2);
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
