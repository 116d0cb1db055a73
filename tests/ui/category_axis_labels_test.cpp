// A chart's rows and columns keep their names in a small export: Qt Charts alone cut every lane
// of a 640×480 timeline to "...", though the names had room.
#include "app/charts/chart_catalog.h"
#include "app/model/document_model_builder.h"
#include "ui/charts/category_axis_labels.h"
#include "ui/charts/chart_factory.h"

#include "svg_export_texts.h"

#include <QApplication>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace {

const DocumentModel &builtin()
{
    static const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    return *model;
}

ChartData chart(const QString &id)
{
    return ChartCatalog::build(id, builtin(), {}).value();
}

QStringList countryNames()
{
    QStringList names;
    for (const Entity *country : builtin().countries())
        names.append(country->name);
    return names;
}

// Whether some text shown begins with `name` (a row's label may carry signs after it).
bool named(const QStringList &texts, const QString &name)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&name](const QString &text) { return text.startsWith(name); });
}

// The labels the chart draws for its rows, laid out at `size`, top to bottom.
QList<QGraphicsSimpleTextItem *> rowLabels(QChart *drawn, QGraphicsScene &scene, const QSize &size)
{
    scene.addItem(drawn);
    drawn->setGeometry(QRectF(QPointF(0, 0), size));
    drawn->layout()->activate();
    QList<QGraphicsSimpleTextItem *> rows;
    const QRectF plot = drawn->plotArea();
    for (QGraphicsItem *item : scene.items()) {
        auto *text = qgraphicsitem_cast<QGraphicsSimpleTextItem *>(item);
        if (text && text->sceneBoundingRect().right() <= plot.left())
            rows.append(text);
    }
    std::sort(rows.begin(), rows.end(), [](auto *a, auto *b) { return a->y() < b->y(); });
    return rows;
}

} // namespace

TEST(CategoryAxisLabels, ASmallExportOfTheTimelineNamesEveryLane)
{
    const ChartData timeline = chart(QStringLiteral("timeline"));
    ASSERT_EQ(timeline.categories.size(), builtin().countries().size());
    // A 640×480 export's chart, under the caption naming the built-in corpus's sources, is
    // about 380 high: here 640×380, with no caption.
    const QStringList texts = SvgExportTexts::of(timeline, QSize(640, 380));
    for (const QString &name : countryNames())
        EXPECT_TRUE(named(texts, name)) << name.toStdString();
    for (const QString &text : texts)
        EXPECT_FALSE(text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026)))
            << text.toStdString();
}

TEST(CategoryAxisLabels, ASmallExportOfBarsNamesEveryRowAndEveryColumn)
{
    // Rows of a bar chart (a bar category axis): every country.
    const QStringList coverage =
        SvgExportTexts::of(chart(QStringLiteral("coverage")), QSize(640, 380));
    for (const QString &name : countryNames())
        EXPECT_TRUE(named(coverage, name)) << name.toStdString();
    // Columns of the stance chart: the codebook's values, each whole ("Supports Russia", not
    // "Supports Ru...").
    const ChartData stance = chart(QStringLiteral("stance-overview"));
    ASSERT_FALSE(stance.valueLabels.isEmpty());
    const QStringList texts = SvgExportTexts::of(stance, QSize(640, 380));
    for (const QString &value : stance.valueLabels)
        EXPECT_TRUE(texts.contains(value)) << value.toStdString();
}

TEST(CategoryAxisLabels, LanesTooCloseForEveryNameNameTheTopOneAndNeverOverlap)
{
    const ChartData timeline = chart(QStringLiteral("timeline"));
    QGraphicsScene scene;
    // 15 lanes in a plot of about 90 pixels: six a lane, under the smallest type's line.
    QChart *drawn = ChartFactory::create(timeline, false);
    const QList<QGraphicsSimpleTextItem *> rows = rowLabels(drawn, scene, QSize(640, 260));
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_LT(rows.size(), timeline.categories.size());
    EXPECT_EQ(rows.first()->text(), timeline.categories.first());
    for (qsizetype i = 1; i < rows.size(); ++i)
        EXPECT_GE(rows.at(i)->sceneBoundingRect().top(),
                  rows.at(i - 1)->sceneBoundingRect().bottom() - 1)
            << rows.at(i)->text().toStdString();
}

TEST(CategoryAxisLabels, TheAxisOwnLabelsAreNotSeen)
{
    // Not even as an invisible "..." that an SVG or a PDF would still hold.
    const ChartData timeline = chart(QStringLiteral("timeline"));
    for (const QString &text :
         SvgExportTexts::of(timeline, QSize(640, 380), SvgExportTexts::Which::All))
        EXPECT_FALSE(text.endsWith(QLatin1String("..."))) << text.toStdString();
    // Where every name fits, each is drawn once: by the chart, not again by the axis.
    const QStringList texts =
        SvgExportTexts::of(timeline, QSize(1600, 1000), SvgExportTexts::Which::All);
    for (const QString &name : countryNames())
        EXPECT_EQ(texts.count(name), 1) << name.toStdString();
}

TEST(CategoryAxisLabels, RowsFitWholeThenInASmallerTypeThenEveryNth)
{
    using CategoryAxisLabels::fitRows;
    EXPECT_EQ(fitRows(20, 15).scale, 1.0);
    EXPECT_EQ(fitRows(20, 15).every, 1);
    EXPECT_DOUBLE_EQ(fitRows(12, 15).scale, 0.8); // 12 / 15, over the smallest (0.75)
    EXPECT_EQ(fitRows(12, 15).every, 1);
    // Under three quarters of a line: the smallest type, 12 pixels a line, every third 5 apart.
    EXPECT_DOUBLE_EQ(fitRows(5, 16).scale, CategoryAxisLabels::kSmallestScale);
    EXPECT_EQ(fitRows(5, 16).every, 3);
}

TEST(CategoryAxisLabels, ColumnsShrinkToTheirRoomThenStop)
{
    using CategoryAxisLabels::fitColumns;
    EXPECT_EQ(fitColumns(100, 80), 1.0);                                // room 100 − 8 holds it
    EXPECT_DOUBLE_EQ(fitColumns(100, 100), 0.92);                       // 92 of 100
    EXPECT_EQ(fitColumns(50, 200), CategoryAxisLabels::kSmallestScale); // then it is cut
}

TEST(CategoryAxisLabels, ALabelTooWideTakesTwoLinesBrokenBetweenWords)
{
    using CategoryAxisLabels::linesWithin;
    const QFontMetricsF metrics(QApplication::font());
    const QString text = QStringLiteral("UN vote, 24 March 2022 (ES-11/2)");
    const double room = metrics.horizontalAdvance(QStringLiteral("UN vote, 24 March")) + 1;
    // Whole where it fits, as it is.
    EXPECT_EQ(linesWithin(text, metrics, metrics.horizontalAdvance(text), 2), QStringList{text});
    // Two lines within the room, every word kept, in order.
    const QStringList two = linesWithin(text, metrics, room, 2);
    ASSERT_EQ(two.size(), 2);
    for (const QString &line : two)
        EXPECT_LE(metrics.horizontalAdvance(line), room) << line.toStdString();
    EXPECT_EQ(two.join(QLatin1Char(' ')), text);
    // One line only: cut with "…".
    const QStringList one = linesWithin(text, metrics, room, 1);
    ASSERT_EQ(one.size(), 1);
    EXPECT_TRUE(one.first().endsWith(QChar(0x2026))) << one.first().toStdString();
    // Words left over for the last line: it keeps what fits of them, cut with "…".
    const QStringList narrow =
        linesWithin(text, metrics, metrics.horizontalAdvance(QStringLiteral("UN vote,")) + 1, 2);
    ASSERT_EQ(narrow.size(), 2);
    EXPECT_EQ(narrow.first(), QStringLiteral("UN vote,"));
    EXPECT_TRUE(narrow.last().endsWith(QChar(0x2026))) << narrow.last().toStdString();
    // A first word wider than the room is cut, on the one line it has.
    const QStringList word = linesWithin(QStringLiteral("Interparliamentary assembly"), metrics,
                                         metrics.horizontalAdvance(QStringLiteral("Inter")), 2);
    ASSERT_EQ(word.size(), 1);
    EXPECT_TRUE(word.first().endsWith(QChar(0x2026))) << word.first().toStdString();
}

TEST(CategoryAxisLabels, ANarrowComparisonNamesEachDimensionWholeOnTwoLines)
{
    // A 360×300 comparison of three countries: its rows are tall, the room beside the plot
    // narrow. Each dimension's name (and the mark of a disputed one) is shown whole, in lines.
    const ChartData comparison =
        ChartCatalog::build(QStringLiteral("comparison"), builtin(),
                            {QStringLiteral("KAZ"), QStringLiteral("BLR"), QStringLiteral("GEO")})
            .value();
    ASSERT_FALSE(comparison.categories.isEmpty());
    const QStringList texts = SvgExportTexts::of(comparison, QSize(360, 300));
    const QStringList shown = texts.join(QLatin1Char(' ')).split(QLatin1Char(' '));
    bool someWrapped = false;
    for (const QString &category : comparison.categories) {
        someWrapped = someWrapped || !texts.contains(category);
        for (const QString &word : category.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            EXPECT_TRUE(shown.contains(word)) << word.toStdString();
    }
    EXPECT_TRUE(someWrapped); // (else the chart was wide enough to prove nothing)
    for (const QString &text : texts)
        EXPECT_FALSE(text.endsWith(QChar(0x2026))) << text.toStdString();
}
