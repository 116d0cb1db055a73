#include "app/charts/chart_data.h"

#include <QtNumeric>

bool ChartData::isEmpty() const
{
    for (const ChartSeries &s : series) {
        for (double v : s.values) {
            if (v != 0 && !qIsNaN(v))
                return false;
        }
        if (!s.dates.isEmpty())
            return false;
    }
    return true;
}

ChartSeries ChartSeries::named(const QString &name, const QString &colorKey,
                               const QVector<bool> &emphasised)
{
    ChartSeries series;
    series.name = name;
    series.colorKey = colorKey;
    series.emphasised = emphasised;
    return series;
}
