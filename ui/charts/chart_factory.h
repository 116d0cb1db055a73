// ui/charts: the one place that assembles a Qt Charts QChart from chart data, with the shared
// palette, in the light or dark theme. Each Qt series remembers which ChartSeries it draws
// (property "pe.series") so a click on a mark can be traced back to its evidence.
#pragma once

#include "charts/chart_data.h"

class QChart;

class ChartFactory {
public:
    static QChart *create(const ChartData &data, bool dark);

    static constexpr const char *kSeriesProperty = "pe.series";
    // On point series that skip values: the ChartSeries value index of each point.
    static constexpr const char *kIndicesProperty = "pe.indices";
};
