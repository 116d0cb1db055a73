// ui/charts: a chart's legend in as many rows as its entries need. Qt Charts puts a bottom
// legend's entries in one row and, when the row is wider than the chart, cuts every label: a
// timeline 560 pixels wide (an export, or the Charts tab of a window 1280 wide) reads "state…",
// "applic…", "huma…". Here the chart's own legend is hidden; the entries it would show are drawn
// below the chart's content in rows, each centred as Qt centres its one, and the chart's bottom
// margin grows by the rows they take: a third of the chart at most, where the entries share the
// rows that fit, each cut to its share.
#pragma once

#include <QVector>

class QChart;
class QLegendMarker;

namespace WrappedLegend {

// For entries `widths` wide, `spacing` apart, in rows `width` wide: the index of the first entry
// of each row. An entry wider than a row has one of its own.
QVector<int> rowStarts(const QVector<double> &widths, double spacing, double width);

// Leaves `marker` out of its legend.
void leaveOut(QLegendMarker *marker);

// From now on, the entries of `chart`'s legend (but those left out) are drawn in rows below it,
// read and laid out again whenever the chart's size changes.
void replace(QChart *chart);

} // namespace WrappedLegend
