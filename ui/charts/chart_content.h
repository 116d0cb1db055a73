// ui/charts: where a chart's content lies: inside its layout's contents margins (where Qt Charts
// draws the chart's background) and, within them, the chart's own margins. Qt lays out the
// title, the legend, the axes and the plot there; the legend the chart draws itself keeps to it
// too, and the row labels it draws to the background (as Qt's own reach into the margin).
#pragma once

#include <QChart>
#include <QGraphicsLayout>

namespace ChartContent {

// Inside the layout's contents margins: the chart's background.
inline QRectF background(const QChart *chart)
{
    qreal left = 0, top = 0, right = 0, bottom = 0;
    if (const QGraphicsLayout *layout = chart->layout())
        layout->getContentsMargins(&left, &top, &right, &bottom);
    return QRectF(QPointF(0, 0), chart->size()).adjusted(left, top, -right, -bottom);
}

// Inside the chart's own margins as well: its content.
inline QRectF rect(const QChart *chart)
{
    const QMargins own = chart->margins();
    return background(chart).adjusted(own.left(), own.top(), -own.right(), -own.bottom());
}

} // namespace ChartContent
