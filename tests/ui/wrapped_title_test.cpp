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
#include <QGraphicsTextItem>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

namespace {

ChartData chart(const QString &id)
{
    static const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    return ChartCatalog::build(id, *model, {}).value();
}

// The lines of the bold part of a title's rich text, and of its small part.
QStringList titleLines(const QString &html)
{
    static const QRegularExpression bold(QStringLiteral("<b>(.*)</b>"));
    return bold.match(html).captured(1).split(QStringLiteral("<br>"));
}

QStringList subtitleLines(const QString &html)
{
    static const QRegularExpression small(
        QStringLiteral("<span style='font-size:small'>(.*)</span>"));
    return small.match(html).captured(1).split(QStringLiteral("<br>"));
}

// The lines of an axis title's rich text.
QStringList axisLines(const QString &html)
{
    static const QRegularExpression centred(QStringLiteral("^<div align=\"center\">(.*)</div>$"));
    return centred.match(html).captured(1).split(QStringLiteral("<br>"));
}

QFont titleFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    return font;
}

QStringList wordsOf(const QString &text)
{
    return text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Every item of `item`'s tree, `item` first.
QList<QGraphicsItem *> itemsUnder(QGraphicsItem *item)
{
    QList<QGraphicsItem *> items{item};
    for (QGraphicsItem *child : item->childItems())
        items += itemsUnder(child);
    return items;
}

// The middle of each line of the text items under `root` whose text opens with `opening`, in
// the item's coordinates.
QVector<double> lineMiddles(QGraphicsItem *root, const QString &opening)
{
    QVector<double> middles;
    for (QGraphicsItem *item : itemsUnder(root)) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (!text || !text->isVisible() || !text->toPlainText().startsWith(opening))
            continue;
        for (QTextBlock block = text->document()->begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            for (int i = 0; i < layout->lineCount(); ++i) {
                // From the line's first letter to its last (a line break or space left out).
                const QTextLine line = layout->lineAt(i);
                const QString shown = block.text().mid(line.textStart(), line.textLength());
                qsizetype end = shown.size();
                while (end > 0 &&
                       (shown.at(end - 1).isSpace() || shown.at(end - 1) == QChar::LineSeparator))
                    --end;
                if (end == 0)
                    continue;
                const double left = line.cursorToX(line.textStart());
                const double right = line.cursorToX(int(line.textStart() + end));
                middles.append((left + right) / 2);
            }
        }
    }
    return middles;
}

} // namespace

TEST(WrappedTitle, EachLineHoldsTheWidthAndNoWordIsLost)
{
    const QString title = QStringLiteral("UN General Assembly votes on Ukraine, March 2022");
    const QFont font = titleFont();
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

TEST(WrappedTitle, TheSubtitleStaysSmallAndTextStaysText)
{
    // Spaces the rich text folds do not move the subtitle's first line into the title; marks
    // that mean something in rich text are written as text.
    const QString title = QStringLiteral("Votes  &  abstentions   <by country>");
    const QString subtitle = QStringLiteral("sources: R&D 'reviews'");
    const QString html = WrappedTitle::html(title, subtitle, titleFont(), 260);
    EXPECT_EQ(wordsOf(titleLines(html).join(QLatin1Char(' '))), wordsOf(title.toHtmlEscaped()));
    EXPECT_EQ(wordsOf(subtitleLines(html).join(QLatin1Char(' '))),
              wordsOf(subtitle.toHtmlEscaped()));
}

TEST(WrappedTitle, APartKeepsTwoLinesTheSecondCutShort)
{
    const QString subtitle = QStringLiteral(
        "UN votes: in favour +2, abstained or absent 0, against -2; where sources disagree, the "
        "value most of them give, marked; thin evidence marked too");
    const QStringList lines =
        subtitleLines(WrappedTitle::html(QStringLiteral("Comparison"), subtitle, titleFont(), 200));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines.last().endsWith(QChar(0x2026))) << lines.last().toStdString();
    EXPECT_TRUE(subtitle.startsWith(lines.first())) << lines.first().toStdString();
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

TEST(WrappedTitle, AnAxisTitleIsWrappedAlongThePlot)
{
    const QString text =
        QStringLiteral("stance score, -2 (supports Russia) to +2 (supports Ukraine)");
    QFont font = QApplication::font();
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double width = metrics.horizontalAdvance(text) * 0.6;
    const QStringList lines = axisLines(WrappedTitle::axisHtml(text, font, width));
    ASSERT_EQ(lines.size(), 2);
    for (const QString &line : lines)
        EXPECT_LE(metrics.horizontalAdvance(line), width) << line.toStdString();
    EXPECT_EQ(wordsOf(lines.join(QLatin1Char(' '))), wordsOf(text));
    // A narrow export of the stance chart: every word of its score axis's title is shown.
    const ChartData stance = chart(QStringLiteral("stance-overview"));
    const QStringList texts = SvgExportTexts::of(stance, QSize(360, 420));
    const QStringList shown = wordsOf(texts.join(QLatin1Char(' ')));
    for (const QString &word : wordsOf(stance.valueTitle))
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
    const auto linesAt = [drawn, &scene](double width) {
        drawn->setGeometry(QRectF(0, 0, width, 600));
        drawn->layout()->activate();
        // What the chart shows: its title item, never cut by Qt.
        for (QGraphicsItem *item : scene.items()) {
            auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
            if (text && text->isVisible() && text->effectiveOpacity() > 0) {
                EXPECT_FALSE(text->toPlainText().contains(QLatin1String("...")))
                    << text->toPlainText().toStdString();
            }
        }
        return titleLines(drawn->title()).size();
    };
    EXPECT_EQ(linesAt(1200), 1);
    EXPECT_GE(linesAt(360), 2);
    EXPECT_EQ(linesAt(1200), 1);
}

TEST(WrappedTitle, TheLinesOfATitleAreCentredUnderEachOther)
{
    // A narrow vote chart: its title in two lines over a subtitle; a narrow stance chart: its
    // score axis's title in two lines. Each line is centred on the others, not hung at the left.
    const ChartData votes = chart(QStringLiteral("unga-votes"));
    const ChartData stance = chart(QStringLiteral("stance-overview"));
    for (const auto &[data, opening] :
         {std::pair{votes, votes.title.section(QLatin1Char(' '), 0, 1)},
          std::pair{stance, stance.valueTitle.section(QLatin1Char(' '), 0, 1)}}) {
        QGraphicsScene scene;
        QChart *drawn = ChartFactory::create(data, false);
        scene.addItem(drawn);
        drawn->setGeometry(QRectF(0, 0, 360, 600));
        drawn->layout()->activate();
        const QVector<double> middles = lineMiddles(drawn, opening);
        ASSERT_GE(middles.size(), 2) << opening.toStdString();
        const auto [lowest, highest] = std::minmax_element(middles.begin(), middles.end());
        EXPECT_LE(*highest - *lowest, 1.5) << opening.toStdString();
    }
}
