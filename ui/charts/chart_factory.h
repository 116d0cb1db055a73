// ui/charts: the one place that assembles a Qt Charts QChart from chart data, with the shared
// palette, in the light or dark theme.
#pragma once

#include "charts/chart_data.h"

class QChart;

class ChartFactory {
public:
    static QChart *create(const ChartData &data, bool dark);
};
