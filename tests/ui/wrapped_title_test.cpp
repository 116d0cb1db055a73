// A chart's title and subtitle keep every word in a narrow chart: Qt Charts alone cut a 420-pixel
// vote chart's title to "UN General Assembly votes on Ukraine, Ma..." and dropped its subtitle.
#include "app/charts/chart_catalog.h"
#include "app/model/document_model_builder.h"
#include "ui/charts/chart_factory.h"
#include "ui/charts/wrapped_title.h"

#include "svg_export_texts.h"

#include <QApplication>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

ChartData chart(const QString &id)
{
    static const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    return ChartCatalog::build(id, *model, {}).value();
}

// The lines of the bold part of a title's rich text.
QStringList titleLines(const QString &html)
{
    static const QRegularExpression bold(QStringLiteral("<b>(.*)</b>"));
    return bold.match(html).captured(1).split(QStringLiteral("<br>"));
}

QStringList wordsOf(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

TEST(WrappedTitle, EachLineHoldsTheWidthAndNoWordIsLost)
{
    const QString title = QStringLiteral("UN General Assembly votes on Ukraine, March 2022");
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(bold);
    const double width = metrics.horizontalAdvance(title) * 0.6;
    const QStringList lines = titleLines(WrappedTitle::html(title, QString(), font, width));
    ASSERT_GE(lines.size(), 2);
    for (const QString &line : lines)
        EXPECT_LE(metrics.horizontalAdvance(line), width) << line.toStdString();
    EXPECT_EQ(wordsOf(lines.join(QLatin1Char(' '))), wordsOf(title));
    // Where there is room, one line.
    EXPECT_EQ(titleLines(WrappedTitle::html(title, QString(), font, width * 3)).size(), 1);
}

TEST(WrappedTitle, ANarrowExportKeepsEveryWordOfTheTitleAndSubtitle)
{
    const ChartData votes = chart(QStringLiteral("unga-votes"));
    ASSERT_FALSE(votes.disputedNote.isEmpty()); // the subtitle Qt dropped
    const QStringList texts = SvgExportTexts::of(votes, QSize(420, 380));
    const QStringList shown = wordsOf(texts.join(QLatin1Char(' ')));
    for (const QString &word : wordsOf(votes.title + QLatin1Char(' ') + votes.disputedNote))
        EXPECT_TRUE(shown.contains(word)) << word.toStdString();
    for (const QString &text : texts)
        EXPECT_FALSE(text.endsWith(QLatin1String("..."))) << text.toStdString();
}

TEST(WrappedTitle, TheTitleFollowsTheChartsWidth)
{
    const ChartData votes = chart(QStringLiteral("unga-votes"));
    QGraphicsScene scene;
    QChart *drawn = ChartFactory::create(votes, false);
    scene.addItem(drawn);
    const auto linesAt = [drawn](double width) {
        drawn->setGeometry(QRectF(0, 0, width, 600));
        drawn->layout()->activate();
        return titleLines(drawn->title()).size();
    };
    EXPECT_EQ(linesAt(1200), 1);
    EXPECT_GE(linesAt(360), 2);
    EXPECT_EQ(linesAt(1200), 1);
}
