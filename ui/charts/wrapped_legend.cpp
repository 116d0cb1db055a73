#include "ui/charts/wrapped_legend.h"

#include "ui/charts/chart_content.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsEllipseItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>

#include <algorithm>
#include <cmath>
#include <memory>

namespace WrappedLegend {

namespace {

// Set on a marker left out: Qt's marker reports itself hidden until its legend is laid out in a
// scene, whether it was left out or not.
constexpr char kLeftOut[] = "peLeftOutOfTheLegend";

constexpr double kSpacing = 16;      // pixels between two entries of a row
constexpr double kMarkerGap = 5;     // between an entry's marker and its label
constexpr double kRowGap = 3;        // between two rows
constexpr double kAbove = 6;         // between the chart's content and the first row
constexpr double kMarkerShare = 0.6; // a marker's side, as a share of a line of the type

struct Entry {
    QString label;
    QBrush brush;
    QPen pen;
    bool round = false;
};

QVector<Entry> entriesOf(QChart *chart)
{
    QVector<Entry> entries;
    const QLegend::MarkerShape shape = chart->legend()->markerShape();
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->property(kLeftOut).toBool())
            continue;
        const QLegend::MarkerShape own =
            marker->shape() == QLegend::MarkerShapeDefault ? shape : marker->shape();
        QPen pen = marker->pen();
        pen.setWidthF(std::min(pen.widthF(), 1.0));
        entries.append({marker->label(), marker->brush(), pen, own == QLegend::MarkerShapeCircle});
    }
    return entries;
}

// The entries drawn in rows, as items of a layer of the chart's that it lays out anew.
class LegendLayer {
public:
    LegendLayer(QChart *chart, QVector<Entry> entries)
        : m_chart(chart)
        , m_entries(std::move(entries))
        , m_font(chart->legend()->font())
        , m_colour(chart->legend()->labelColor())
        , m_bottom(chart->margins().bottom())
        , m_layer(new QGraphicsRectItem(chart))
    {
        m_layer->setPen(Qt::NoPen); // (it draws nothing itself)
    }

    void layOut()
    {
        qDeleteAll(m_layer->childItems());
        // The content's bottom without the rows: the chart's own margin, back to what it was.
        const QMargins margins = m_chart->margins();
        const QRectF content =
            ChartContent::rect(m_chart).adjusted(0, 0, 0, margins.bottom() - m_bottom);
        const double width = content.width();
        if (m_entries.isEmpty() || width <= 0)
            return;
        const QFontMetricsF metrics(m_font);
        const double line = metrics.height();
        const double marker = std::round(line * kMarkerShare);
        QVector<QString> labels;
        QVector<double> widths;
        for (const Entry &entry : m_entries) {
            // Only a label wider than the whole chart is cut.
            labels.append(metrics.elidedText(entry.label, Qt::ElideRight,
                                             std::max(0.0, width - marker - kMarkerGap)));
            widths.append(marker + kMarkerGap + metrics.horizontalAdvance(labels.last()));
        }
        const QVector<int> starts = rowStarts(widths, kSpacing, width);
        const qsizetype rows = starts.size();
        const double height = rows * line + (rows - 1) * kRowGap;
        // The chart's content ends above the rows: setting the margin lays the chart out again,
        // with the same rows, which then leave it as it is.
        const int bottom = m_bottom + int(std::ceil(height + kAbove));
        if (margins.bottom() != bottom) {
            QMargins grown = margins;
            grown.setBottom(bottom);
            m_chart->setMargins(grown);
        }
        double y = content.bottom() - height;
        for (qsizetype r = 0; r < rows; ++r) {
            const int first = starts.at(r);
            const int end = r + 1 < rows ? starts.at(r + 1) : int(m_entries.size());
            double rowWidth = kSpacing * (end - first - 1);
            for (int i = first; i < end; ++i)
                rowWidth += widths.at(i);
            double x = content.left() + (width - rowWidth) / 2;
            for (int i = first; i < end; ++i) {
                draw(m_entries.at(i), labels.at(i), QPointF(std::round(x), std::round(y)), marker,
                     line);
                x += widths.at(i) + kSpacing;
            }
            y += line + kRowGap;
        }
    }

private:
    void draw(const Entry &entry, const QString &label, QPointF at, double marker, double line)
    {
        const QRectF box(at.x(), at.y() + std::round((line - marker) / 2), marker, marker);
        QAbstractGraphicsShapeItem *shape =
            entry.round
                ? static_cast<QAbstractGraphicsShapeItem *>(new QGraphicsEllipseItem(box, m_layer))
                : new QGraphicsRectItem(box, m_layer);
        shape->setBrush(entry.brush);
        shape->setPen(entry.pen);
        auto *text = new QGraphicsSimpleTextItem(label, m_layer);
        text->setFont(m_font);
        text->setBrush(m_colour);
        text->setPos(at.x() + marker + kMarkerGap, at.y());
    }

    QChart *m_chart;
    QVector<Entry> m_entries;
    QFont m_font;
    QColor m_colour;
    int m_bottom;               // the chart's bottom margin without the rows
    QGraphicsRectItem *m_layer; // the chart's child: deleted with it
};

} // namespace

QVector<int> rowStarts(const QVector<double> &widths, double spacing, double width)
{
    QVector<int> starts;
    double used = 0;
    for (int i = 0; i < widths.size(); ++i) {
        if (starts.isEmpty() || used + spacing + widths.at(i) > width) {
            starts.append(i);
            used = widths.at(i);
        } else {
            used += spacing + widths.at(i);
        }
    }
    return starts;
}

void leaveOut(QLegendMarker *marker)
{
    marker->setVisible(false);
    marker->setProperty(kLeftOut, true);
}

void replace(QChart *chart)
{
    if (!chart)
        return;
    auto layer = std::make_shared<LegendLayer>(chart, entriesOf(chart));
    chart->legend()->hide();
    layer->layOut();
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart->legend(),
                     [layer] { layer->layOut(); });
}

} // namespace WrappedLegend
