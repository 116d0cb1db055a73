#include "ui/charts/chart_mark_signals.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QPieSlice>
#include <QScatterSeries>

namespace {

// The point of `points` nearest to `point` (Qt reports the point's value, not its position).
int nearestPoint(const QScatterSeries *points, const QPointF &point)
{
    int best = -1;
    double bestDistance = 0;
    for (int k = 0; k < points->count(); ++k) {
        const QPointF d = points->at(k) - point;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (best < 0 || distance < bestDistance) {
            best = k;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

void ChartMarkSignals::watchBars(QAbstractBarSeries *bars, const QVector<int> &rowOfPosition)
{
    connect(bars, &QAbstractBarSeries::clicked, this,
            [this, bars, rowOfPosition](int position, QBarSet *set) {
                if (position >= 0 && position < rowOfPosition.size())
                    Q_EMIT clicked(int(bars->barSets().indexOf(set)), rowOfPosition.at(position));
            });
    connect(bars, &QAbstractBarSeries::hovered, this,
            [this, bars, rowOfPosition](bool status, int position, QBarSet *set) {
                if (position >= 0 && position < rowOfPosition.size())
                    Q_EMIT hovered(int(bars->barSets().indexOf(set)), rowOfPosition.at(position),
                                   status);
            });
}

void ChartMarkSignals::watchPoints(QScatterSeries *points, int series,
                                   const QVector<int> &indexOfPoint)
{
    connect(points, &QScatterSeries::clicked, this,
            [this, points, series, indexOfPoint](const QPointF &point) {
                const int k = nearestPoint(points, point);
                if (k >= 0 && k < indexOfPoint.size())
                    Q_EMIT clicked(series, indexOfPoint.at(k));
            });
    connect(points, &QScatterSeries::hovered, this,
            [this, points, series, indexOfPoint](const QPointF &point, bool state) {
                const int k = nearestPoint(points, point);
                if (k >= 0 && k < indexOfPoint.size())
                    Q_EMIT hovered(series, indexOfPoint.at(k), state);
            });
}

void ChartMarkSignals::watchSlice(QPieSlice *slice, int series)
{
    connect(slice, &QPieSlice::clicked, this, [this, series] { Q_EMIT clicked(series, 0); });
    connect(slice, &QPieSlice::hovered, this,
            [this, series](bool state) { Q_EMIT hovered(series, 0, state); });
}
