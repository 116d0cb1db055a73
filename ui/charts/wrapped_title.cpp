#include "ui/charts/wrapped_title.h"

#include "ui/charts/chart_content.h"

#include <QAbstractAxis>
#include <QChart>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <utility>

namespace WrappedTitle {

namespace {

// Pixels a line keeps free beyond the width Qt Charts measures (with half a pixel of margin on
// each side), so that it never cuts a line this made.
constexpr double kSlack = 12;
// Lines each part keeps at most: a short chart keeps most of its height for the plot.
constexpr qsizetype kMostTitleLines = 2;
constexpr qsizetype kMostSubtitleLines = 2;

const QString kTitleOpen = QStringLiteral("<b>");
const QString kTitleClose = QStringLiteral("</b>");
const QString kSubtitleOpen = QStringLiteral("<span style='font-size:small'>");
const QString kSubtitleClose = QStringLiteral("</span>");
// Each line centred under the one above: the chart centres the title's box, and a line shorter
// than the box would otherwise hang at its left.
const QString kCentredOpen = QStringLiteral("<div align=\"center\">");
const QString kCentredClose = QStringLiteral("</div>");

// `lines` as rich text, a <br> between two.
QString escaped(QStringList lines)
{
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString centred(const QString &html)
{
    return kCentredOpen + html + kCentredClose;
}

// The title's lines and the subtitle's, as rich text. The subtitle's line is there even when
// empty, so that every chart's plot starts as far down.
QString joined(const QStringList &titleLines, const QStringList &subtitleLines)
{
    return centred(kTitleOpen + escaped(titleLines) + kTitleClose + QStringLiteral("<br>") +
                   kSubtitleOpen + escaped(subtitleLines) + kSubtitleClose);
}

// `html` laid out in `font`, in lines `width` wide (a width of 0: unbroken).
void layOut(QTextDocument &document, const QString &html, const QFont &font, double width)
{
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    if (width > 0)
        document.setTextWidth(width);
    document.size(); // (a document lays itself out only when asked how big it is)
}

// The title's lines and the subtitle's: the <br> between them is the first line separator.
std::pair<QStringList, QStringList> linesOf(const QTextDocument &document)
{
    QStringList titleLines, subtitleLines;
    bool inSubtitle = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            QString text = block.text().mid(line.textStart(), line.textLength());
            const bool endsTheTitle = !inSubtitle && text.contains(QChar::LineSeparator);
            text.remove(QChar::LineSeparator);
            text = text.trimmed();
            if (!text.isEmpty())
                (inSubtitle ? subtitleLines : titleLines).append(text);
            inSubtitle = inSubtitle || endsTheTitle;
        }
    }
    return {titleLines, subtitleLines};
}

// `lines` kept to `most`: the last one kept holds as many of the words left as fit on it with
// "…" after them, in the part's type (`open`, `close`).
QStringList atMost(QStringList lines, qsizetype most, const QString &open, const QString &close,
                   const QFont &font, double width)
{
    if (lines.size() <= most)
        return lines;
    QStringList words = lines.mid(most - 1).join(QLatin1Char(' ')).split(QLatin1Char(' '));
    lines = lines.mid(0, most - 1);
    for (; !words.isEmpty(); words.removeLast()) {
        const QString candidate = words.join(QLatin1Char(' ')) + QChar(0x2026);
        QTextDocument document;
        layOut(document, open + candidate.toHtmlEscaped() + close, font, width);
        if (document.begin().layout()->lineCount() == 1) {
            lines.append(candidate);
            return lines;
        }
    }
    lines.append(QString(QChar(0x2026)));
    return lines;
}

} // namespace

QString html(const QString &title, const QString &subtitle, const QFont &font, double width)
{
    if (width <= kSlack)
        return joined({title}, {subtitle});
    // Laid out as Qt Charts would lay it out, but in lines `width` wide.
    const double room = width - kSlack;
    QTextDocument document;
    layOut(document, joined({title}, {subtitle}), font, room);
    const auto [titleLines, subtitleLines] = linesOf(document);
    return joined(
        atMost(titleLines, kMostTitleLines, kTitleOpen, kTitleClose, font, room),
        atMost(subtitleLines, kMostSubtitleLines, kSubtitleOpen, kSubtitleClose, font, room));
}

QString axisHtml(const QString &text, const QFont &font, double width)
{
    if (width <= kSlack)
        return centred(escaped({text}));
    const double room = width - kSlack;
    QTextDocument document;
    layOut(document, escaped({text}), font, room);
    return centred(escaped(atMost(linesOf(document).first, kMostTitleLines, {}, {}, font, room)));
}

void set(QChart *chart, const QString &title, const QString &subtitle)
{
    const auto wrap = [chart, title, subtitle] {
        const QString wrapped =
            html(title, subtitle, chart->titleFont(), ChartContent::rect(chart).width());
        if (chart->title() != wrapped)
            chart->setTitle(wrapped); // a title of other lines lays the chart out again
    };
    wrap();
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, wrap);
}

void setForAxis(QChart *chart, QAbstractAxis *axis)
{
    const QString text = axis->titleText(); // as the chart's builder gave it, in one line
    if (text.isEmpty())
        return;
    const auto wrap = [chart, axis, text] {
        const QRectF plot = chart->plotArea();
        const double length = axis->orientation() == Qt::Horizontal ? plot.width() : plot.height();
        const QString wrapped = axisHtml(text, axis->titleFont(), length);
        if (axis->titleText() != wrapped)
            axis->setTitleText(wrapped); // lays the chart out again, the plot as long as it was
    };
    wrap();
    QObject::connect(chart, &QChart::plotAreaChanged, axis, wrap);
}

} // namespace WrappedTitle
