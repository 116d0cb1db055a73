// ui/charts: the one place that assembles a Qt Charts QChart from chart data, with the shared
// palette, in the light or dark theme, its marks reporting back which data they draw.
#pragma once

#include "app/charts/chart_data.h"

class ChartMarkSignals;
class QChart;

class ChartFactory {
public:
    // Screen: the window's chart, where "▶ " marks the rows of the countries selected in the
    // list. Paper: an export or a copy, where the marker would mean nothing; the emphasised
    // rows keep their full colour against the faded others.
    enum class Medium { Screen, Paper };

    // The chart for `data`; with `marks`, its marks report clicks and hovers there.
    static QChart *create(const ChartData &data, bool dark, ChartMarkSignals *marks = nullptr,
                          Medium medium = Medium::Screen);
};
