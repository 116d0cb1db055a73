#include "ui/charts/category_axis_labels.h"

#include "ui/charts/chart_content.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>

#include <algorithm>
#include <cmath>
#include <memory>

namespace CategoryAxisLabels {

namespace {

constexpr double kPadding = 8; // pixels between a label and the plot
constexpr double kGap = 8;     // pixels between two columns' labels

struct Label {
    QString text;
    double value = 0; // where on the axis it stands
};

// An axis's labels and the span of values its plot shows.
struct AxisLabels {
    QVector<Label> labels;
    double min = 0;
    double max = 0;
};

AxisLabels labelsOf(QAbstractAxis *axis)
{
    AxisLabels found;
    if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
        found.min = categories->min();
        found.max = categories->max();
        const bool centred =
            categories->labelsPosition() == QCategoryAxis::AxisLabelsPositionCenter;
        for (const QString &label : categories->categoriesLabels()) {
            const double end = categories->endValue(label);
            found.labels.append({label, centred ? (categories->startValue(label) + end) / 2 : end});
        }
    } else if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis)) {
        // Category i stands at value i; the axis shows those from its minimum to its maximum.
        const QStringList names = bars->categories();
        const qsizetype first = std::max<qsizetype>(0, names.indexOf(bars->min()));
        const qsizetype shown = names.indexOf(bars->max());
        const qsizetype last = shown < 0 ? names.size() - 1 : shown;
        found.min = double(first) - 0.5;
        found.max = double(last) + 0.5;
        for (qsizetype i = first; i <= last; ++i)
            found.labels.append({names.at(i), double(i)});
    }
    return found;
}

// The fewest values between two neighbouring labels (1 between categories; the whole span for
// a single label).
double nearestNeighbours(const AxisLabels &axis)
{
    QVector<double> values;
    for (const Label &label : axis.labels)
        values.append(label.value);
    std::sort(values.begin(), values.end());
    double nearest = axis.max - axis.min;
    for (qsizetype i = 1; i < values.size(); ++i)
        nearest = std::min(nearest, values.at(i) - values.at(i - 1));
    return nearest;
}

QFont scaled(QFont font, double scale)
{
    if (scale >= 1.0)
        return font;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(std::max(1, int(std::lround(font.pixelSize() * scale))));
    return font;
}

// Qt Charts draws an axis's labels as text items under the chart's; those of an axis drawn whole
// are transparent. They are left out of the paint altogether, so that an SVG or PDF holds no
// invisible "..." either (the axis lays them out again, but never sets their opacity).
void leaveOutTheAxisOwn(QGraphicsItem *item)
{
    for (QGraphicsItem *child : item->childItems()) {
        if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(child);
            text && text->defaultTextColor().alpha() == 0)
            text->setOpacity(0);
        leaveOutTheAxisOwn(child);
    }
}

// The labels an axis draws, as items of a layer of the chart's that it lays out anew.
class LabelLayer {
public:
    LabelLayer(QChart *chart, QAbstractAxis *axis)
        : m_chart(chart)
        , m_axis(axis)
        , m_brush(axis->labelsBrush())
        , m_layer(new QGraphicsRectItem(chart))
    {
        m_layer->setPen(Qt::NoPen); // (it draws nothing itself; its labels lie beside the plot)
    }

    void layOut()
    {
        leaveOutTheAxisOwn(m_chart);
        qDeleteAll(m_layer->childItems());
        const AxisLabels axis = labelsOf(m_axis);
        const QRectF plot = m_chart->plotArea();
        if (axis.labels.isEmpty() || axis.max <= axis.min || plot.isEmpty() ||
            !m_axis->labelsVisible() || !m_axis->isVisible())
            return;
        if (m_axis->orientation() == Qt::Vertical)
            layOutRows(axis, plot);
        else
            layOutColumns(axis, plot);
    }

private:
    // Where value `value` lies along the plot, in pixels from its start (left or bottom).
    double along(const AxisLabels &axis, double value, double length) const
    {
        const double share = (value - axis.min) / (axis.max - axis.min);
        return (m_axis->isReverse() ? 1.0 - share : share) * length;
    }

    QGraphicsSimpleTextItem *add(const QString &text, const QFont &font)
    {
        auto *item = new QGraphicsSimpleTextItem(text, m_layer);
        item->setFont(font);
        item->setBrush(m_brush);
        return item;
    }

    void layOutRows(const AxisLabels &axis, const QRectF &plot)
    {
        const double spacing = plot.height() * nearestNeighbours(axis) / (axis.max - axis.min);
        const RowFit fit = fitRows(spacing, QFontMetricsF(m_axis->labelsFont()).height());
        const QFont font = scaled(m_axis->labelsFont(), fit.scale);
        const QFontMetricsF metrics(font);
        // A type made smaller is rounded to a size the font has: its lines, not the scale's,
        // decide how many rows are left out, so that two labels overlap by a pixel at most.
        int every = fit.every;
        if (const double line = metrics.height() - 1; spacing > 0 && line > spacing * every)
            every = int(std::ceil(line / spacing));
        const bool onRight = m_axis->alignment() == Qt::AlignRight;
        const QRectF background = ChartContent::background(m_chart);
        double room = onRight ? background.right() - plot.right() : plot.left() - background.left();
        room -= kPadding;
        if (!m_axis->titleText().isEmpty() && m_axis->isTitleVisible())
            room -= QFontMetricsF(m_axis->titleFont()).height() + kPadding;
        // A label too wide for the room takes a second line where its row has room for it.
        const int mostLines = spacing * every >= 2 * metrics.height() ? 2 : 1;
        const qsizetype count = axis.labels.size();
        // Every n-th row from the top one, so that the top is named: the last the axis draws,
        // or the first when it is drawn reversed.
        const qsizetype top = m_axis->isReverse() ? 0 : count - 1;
        for (qsizetype i = 0; i < count; ++i) {
            if (std::abs(top - i) % every != 0)
                continue;
            const Label &label = axis.labels.at(i);
            const double y = plot.bottom() - along(axis, label.value, plot.height());
            if (y < plot.top() - 0.5 || y > plot.bottom() + 0.5)
                continue;
            const QStringList lines = linesWithin(label.text, metrics, room, mostLines);
            // The lines stacked, centred on the row; each beside the plot.
            double lineTop = y - metrics.height() * double(lines.size()) / 2;
            for (const QString &line : lines) {
                QGraphicsSimpleTextItem *item = add(line, font);
                const double width = metrics.horizontalAdvance(line);
                const double x = onRight ? plot.right() + kPadding : plot.left() - kPadding - width;
                item->setPos(std::round(x), std::round(lineTop));
                lineTop += metrics.height();
            }
        }
    }

    void layOutColumns(const AxisLabels &axis, const QRectF &plot)
    {
        const double spacing = plot.width() * nearestNeighbours(axis) / (axis.max - axis.min);
        const QFontMetricsF full(m_axis->labelsFont());
        double widest = 0;
        for (const Label &label : axis.labels)
            widest = std::max(widest, full.horizontalAdvance(label.text));
        const QFont font = scaled(m_axis->labelsFont(), fitColumns(spacing, widest));
        const QFontMetricsF metrics(font);
        const bool onTop = m_axis->alignment() == Qt::AlignTop;
        for (const Label &label : axis.labels) {
            const double x = plot.left() + along(axis, label.value, plot.width());
            if (x < plot.left() - 0.5 || x > plot.right() + 0.5)
                continue;
            const QString text =
                metrics.elidedText(label.text, Qt::ElideRight, std::max(0.0, spacing - kGap));
            if (text.isEmpty())
                continue;
            QGraphicsSimpleTextItem *item = add(text, font);
            const double width = metrics.horizontalAdvance(text);
            const double y =
                onTop ? plot.top() - kPadding - metrics.height() : plot.bottom() + kPadding;
            item->setPos(std::round(x - width / 2), std::round(y));
        }
    }

    QChart *m_chart;
    QAbstractAxis *m_axis;
    QBrush m_brush;
    QGraphicsRectItem *m_layer; // the chart's child: deleted with it
};

} // namespace

QStringList linesWithin(const QString &text, const QFontMetricsF &metrics, double room, int most)
{
    if (metrics.horizontalAdvance(text) <= room)
        return {text};
    QStringList lines;
    QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (!words.isEmpty() && lines.size() < most - 1) {
        QString line;
        qsizetype taken = 0;
        for (; taken < words.size(); ++taken) {
            const QString longer =
                line.isEmpty() ? words.at(taken) : line + QLatin1Char(' ') + words.at(taken);
            if (metrics.horizontalAdvance(longer) > room)
                break;
            line = longer;
        }
        if (taken == 0)
            break; // a word wider than the room: cut on the last line
        lines.append(line);
        words.remove(0, taken);
    }
    if (!words.isEmpty()) {
        const QString last = metrics.elidedText(words.join(QLatin1Char(' ')), Qt::ElideRight, room);
        if (!last.isEmpty())
            lines.append(last);
    }
    return lines;
}

RowFit fitRows(double spacing, double lineHeight)
{
    if (lineHeight <= 0 || spacing >= lineHeight)
        return {};
    if (spacing >= lineHeight * kSmallestScale)
        return {spacing / lineHeight, 1};
    const double smallest = lineHeight * kSmallestScale;
    return {kSmallestScale, spacing > 0 ? int(std::ceil(smallest / spacing)) : 1};
}

double fitColumns(double spacing, double widest)
{
    const double room = spacing - kGap;
    if (widest <= 0 || widest <= room)
        return 1.0;
    return std::max(kSmallestScale, room / widest);
}

void drawWhole(QChart *chart, QAbstractAxis *axis)
{
    const bool categorical =
        qobject_cast<QCategoryAxis *>(axis) || qobject_cast<QBarCategoryAxis *>(axis);
    if (!chart || !categorical || axis->labelsAngle() != 0)
        return;
    auto layer = std::make_shared<LabelLayer>(chart, axis);
    // The axis still sets aside the room of its labels (measured in its type, whatever their
    // colour); only they are no longer seen.
    axis->setLabelsBrush(QBrush(Qt::transparent));
    layer->layOut();
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [layer] { layer->layOut(); });
}

} // namespace CategoryAxisLabels
