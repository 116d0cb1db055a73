#include "ui/charts/wrapped_title.h"

#include "ui/charts/chart_content.h"

#include <QChart>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace WrappedTitle {

namespace {

// Pixels a line keeps free: Qt measures the title with its text item's margins on both sides.
constexpr double kSlack = 12;

// The title's lines and the subtitle's, each already escaped. The subtitle's line is there even
// when empty, so that every chart's plot starts as far down.
QString joined(const QStringList &titleLines, const QStringList &subtitleLines)
{
    return QStringLiteral("<b>%1</b><br><span style='font-size:small'>%2</span>")
        .arg(titleLines.join(QStringLiteral("<br>")), subtitleLines.join(QStringLiteral("<br>")));
}

QString unbroken(const QString &title, const QString &subtitle)
{
    return joined({title.toHtmlEscaped()}, {subtitle.toHtmlEscaped()});
}

} // namespace

QString html(const QString &title, const QString &subtitle, const QFont &font, double width)
{
    const QString whole = unbroken(title, subtitle);
    if (width <= kSlack)
        return whole;
    // Laid out as Qt Charts would lay it out, but in lines `width` wide.
    QTextDocument document;
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(whole);
    document.setTextWidth(width - kSlack);
    document.size(); // (a document lays itself out only when asked how big it is)
    QStringList titleLines, subtitleLines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int start = block.position() + line.textStart();
            QString text = block.text().mid(line.textStart(), line.textLength());
            text.remove(QChar::LineSeparator);
            text = text.trimmed();
            if (text.isEmpty())
                continue;
            (start < title.size() ? titleLines : subtitleLines).append(text.toHtmlEscaped());
        }
    }
    return joined(titleLines, subtitleLines);
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

} // namespace WrappedTitle
