#include "app/charts/timeline_spread.h"

#include <QHash>

#include <algorithm>

namespace TimelineSpread {

QVector<QVector<double>> offsets(const ChartData &chart)
{
    QVector<QVector<double>> result(chart.series.size());
    struct Point {
        int series;
        int index;
    };
    // The points of each day and lane, in series order (the order of the types' legend).
    QHash<quint64, QVector<Point>> sharing;
    for (int s = 0; s < chart.series.size(); ++s) {
        const ChartSeries &series = chart.series.at(s);
        result[s].fill(0.0, series.dates.size());
        for (int i = 0; i < series.dates.size() && i < series.values.size(); ++i) {
            const quint64 key = quint64(series.dates.at(i).toJulianDay()) << 32 |
                                quint32(qint32(series.values.at(i)));
            sharing[key].append({s, i});
        }
    }
    for (const QVector<Point> &points : std::as_const(sharing)) {
        const qsizetype n = points.size();
        if (n < 2)
            continue;
        const double step = std::min(kStep, kWidestSpread / double(n - 1));
        for (qsizetype k = 0; k < n; ++k)
            result[points.at(k).series][points.at(k).index] =
                (double(k) - double(n - 1) / 2) * step;
    }
    return result;
}

} // namespace TimelineSpread
