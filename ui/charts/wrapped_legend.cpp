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
    explicit LegendLayer(QChart *chart)
        : m_chart(chart)
        , m_bottom(chart->margins().bottom())
        , m_layer(new QGraphicsRectItem(chart))
    {
        m_layer->setPen(Qt::NoPen); // (it draws nothing itself)
    }

    void layOut()
    {
        qDeleteAll(m_layer->childItems());
        // The content's bottom without the rows: the chart's own margin as it was.
        const QMargins margins = m_chart->margins();
        const QRectF content =
            ChartContent::rect(m_chart).adjusted(0, 0, 0, margins.bottom() - m_bottom);
        m_entries = entriesOf(m_chart); // those the chart has now
        m_font = m_chart->legend()->font();
        m_colour = m_chart->legend()->labelColor();
        if (m_entries.isEmpty() || content.width() <= 0 || content.height() <= 0) {
            setBottomMargin(m_bottom);
            return;
        }
        const QFontMetricsF metrics(m_font);
        const double line = metrics.height();
        const double marker = std::round(line * kMarkerShare);
        const double width = content.width();
        // Only a label wider than the whole chart is cut...
        Rows rows = inRows(width, width - marker - kMarkerGap, metrics, marker);
        // ...unless the rows would take more than a third of the chart: then the entries share
        // the rows that fit there, each label cut to its share of a row.
        const int most = std::max(1, int((content.height() / 3 + kRowGap) / (line + kRowGap)));
        if (rows.starts.size() > most) {
            const int perRow = int((m_entries.size() + most - 1) / most);
            const double share = (width - kSpacing * (perRow - 1)) / perRow;
            rows = inRows(width, share - marker - kMarkerGap, metrics, marker);
            rows.starts.clear();
            for (int i = 0; i < m_entries.size(); i += perRow)
                rows.starts.append(i);
        }
        const qsizetype count = rows.starts.size();
        const double height = count * line + (count - 1) * kRowGap;
        // The chart's content ends above the rows. (The margin depends on the width alone: the
        // layout it asks for, with the same width, finds the same rows.)
        setBottomMargin(m_bottom + int(std::ceil(height + kAbove)));
        double y = content.bottom() - height;
        for (qsizetype r = 0; r < count; ++r) {
            const int first = rows.starts.at(r);
            const int end = r + 1 < count ? rows.starts.at(r + 1) : int(m_entries.size());
            double rowWidth = kSpacing * (end - first - 1);
            for (int i = first; i < end; ++i)
                rowWidth += rows.widths.at(i);
            double x = content.left() + (width - rowWidth) / 2;
            for (int i = first; i < end; ++i) {
                draw(m_entries.at(i), rows.labels.at(i), QPointF(std::round(x), std::round(y)),
                     marker, line);
                x += rows.widths.at(i) + kSpacing;
            }
            y += line + kRowGap;
        }
    }

private:
    // The entries' labels cut to `labelRoom`, their widths, and the rows `width` wide they take.
    struct Rows {
        QVector<QString> labels;
        QVector<double> widths;
        QVector<int> starts;
    };

    Rows inRows(double width, double labelRoom, const QFontMetricsF &metrics, double marker) const
    {
        Rows rows;
        for (const Entry &entry : m_entries) {
            rows.labels.append(
                metrics.elidedText(entry.label, Qt::ElideRight, std::max(0.0, labelRoom)));
            rows.widths.append(marker + kMarkerGap + metrics.horizontalAdvance(rows.labels.last()));
        }
        rows.starts = rowStarts(rows.widths, kSpacing, width);
        return rows;
    }

    void setBottomMargin(int bottom)
    {
        QMargins margins = m_chart->margins();
        if (margins.bottom() == bottom)
            return;
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }

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
    auto layer = std::make_shared<LegendLayer>(chart);
    chart->legend()->hide();
    layer->layOut();
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart->legend(),
                     [layer] { layer->layOut(); });
}

} // namespace WrappedLegend
