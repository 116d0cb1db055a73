#include "chart_data.h"

bool ChartData::isEmpty() const
{
    for (const ChartSeries &s : series) {
        for (double v : s.values) {
            if (v != 0)
                return false;
        }
        if (!s.dates.isEmpty())
            return false;
    }
    return true;
}
