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

void ChartData::addCategory(const QString &label, CategoryMarks marks)
{
    categoryMarks.resize(categories.size()); // rows added without marks have none
    categories.append(label);
    categoryMarks.append(marks);
}

CategoryMarks ChartData::marksOf(int category) const
{
    return categoryMarks.value(category);
}

ChartSeries ChartSeries::named(const QString &name, const SeriesMeaning &meaning,
                               const QVector<bool> &emphasised)
{
    ChartSeries series;
    series.name = name;
    series.meaning = meaning;
    series.emphasised = emphasised;
    return series;
}
