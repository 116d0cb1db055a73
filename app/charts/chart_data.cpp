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

QVector<EvidenceRef> ChartData::evidenceAt(int s, int index) const
{
    if (s < 0 || s >= series.size() || index < 0 || index >= series.at(s).evidence.size())
        return {};
    return series.at(s).evidence.at(index);
}
