// ui/charts: a date axis with as many labelled ticks as its plot's width has room for, so that
// no date is cut short ("12 May 2…") in a narrow window or a small export, and seven at most
// where there is room.
#pragma once

class QChart;
class QDateTimeAxis;

namespace DateAxisTicks {

inline constexpr int kMostTicks = 7;

// Sets `axis`'s tick count now and again whenever `chart`'s plot area changes. (A chart laid out
// and drawn at once, as an export is, activates its layout again before drawing: the count set
// while it was laid out changes the axis's labels.)
void fitToPlot(QChart *chart, QDateTimeAxis *axis);
// How many ticks a plot `width` pixels wide has room for, each label `labelWidth` wide.
int ticksFor(double width, int labelWidth);

} // namespace DateAxisTicks
