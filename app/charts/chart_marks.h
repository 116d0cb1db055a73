// Chart data stage: the marks of a chart — a bar segment, a dot, a point of the timeline, a
// slice — each named by its series and category, with the evidence behind it. The window's
// evidence panel, its tooltips and the sources sidecar of an export all read marks from here.
#pragma once

#include "app/charts/chart_data.h"

#include <optional>

struct ChartMark {
    int series = 0;
    int index = 0; // of the value within the series
    QString seriesName;
    QString detail;   // the series' detail ("UN vote, 2 March 2022 (ES-11/1)"), may be empty
    QString category; // the row, group or lane; empty for a slice
    double value = 0;
    QDate date; // timeline points
    QString note;
    QVector<EvidenceRef> evidence;

    QStringList articles() const; // distinct article ids behind the mark
    // "Kazakhstan — UN vote, 2 March 2022 (ES-11/1): Sources disagree"
    QString title() const;
    // "4 claims from 3 sources", or that nothing lies behind the mark.
    QString sourcesText() const;
    // The title and sourcesText(), a line each, for a tooltip.
    QString summary() const;
};

namespace ChartMarks {

// The mark of value `index` in series `series`; nullopt when there is none.
std::optional<ChartMark> at(const ChartData &data, int series, int index);
// Every mark that is drawn: a value that is a number and, for bars and slices, not 0.
QVector<ChartMark> all(const ChartData &data);
// What a click on mark (series, index) reaches: the mark, and on the timeline every other
// mark drawn at the same place (events of other types on that day in that lane), as one.
std::optional<ChartMark> place(const ChartData &data, int series, int index);

} // namespace ChartMarks
