// Charts stage: where a timeline's points on one day in one lane are drawn apart. Each series
// is an event type; a point on a day and lane that other points share (of other types, or of
// its own type at another precision) is moved up or down within its lane, so that none hides
// another (the lone ones stay on the lane's line). The offsets are in lanes; the lane itself
// stays the point's value.
#pragma once

#include "app/charts/chart_data.h"

#include <QVector>

namespace TimelineSpread {

// The largest spread of one day's points, from the first to the last, in lanes: they stay
// within their lane, clear of the next.
constexpr double kWidestSpread = 0.6;
// The step between two points of one day, in lanes, when few share it.
constexpr double kStep = 0.2;

// For each series of a timeline `chart`, for each of its points: the offset from its lane.
QVector<QVector<double>> offsets(const ChartData &chart);

} // namespace TimelineSpread
