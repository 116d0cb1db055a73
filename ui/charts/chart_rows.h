// ui/charts: where a chart's rows go on screen. Chart data lists its rows top-down; Qt Charts
// draws a category axis from the bottom up, so a chart drawn in rows (bars, dots, timeline
// lanes) puts data row r at position rows - 1 - r. Row labels carry the signs of what a row
// says beyond its name (⚠ disputed, ◔ thin) and, when only some rows are chosen, "▶ ".
#pragma once

#include "app/charts/chart_data.h"

namespace ChartRows {

bool drawnBottomUp(const ChartData &data);
// The position on the category axis where data row `row` is drawn, and the row drawn at
// position `position` (the same turn, both ways).
int position(const ChartData &data, int row);
int rowAt(const ChartData &data, int position);
// For each position from the first the axis draws, the data row drawn there.
QVector<int> rowsByPosition(const ChartData &data);
// The label of data row `row`: its name and the signs of its marks.
QString label(const ChartData &data, int row);
// The labels in the order the axis draws them; `selectionMarkers`: "▶ " before the rows
// emphasised when only some are.
QStringList labelsByPosition(const ChartData &data, bool selectionMarkers);

} // namespace ChartRows
