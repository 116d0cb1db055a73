// ui/charts: a category axis's labels drawn whole. Qt Charts cuts a category's label to "..."
// as soon as the label, with its text item's margins and the axis's padding, is taller (a row
// of a vertical axis) or wider (a column of a horizontal one) than its category's share of the
// axis, though the words alone would fit: the fifteen lanes of a timeline exported at 640×480
// all read "...". Turning that off (QAbstractAxis::setTruncateLabels) is not enough: Qt then
// hides the rows whose padded boxes overlap, from the bottom up, so the top row may go unnamed,
// never in a smaller type; and two columns' labels may touch ("Leans to UkraineSupports
// Ukraine"). Here the axis keeps the room it sets aside for its labels but draws them
// transparent, and the chart draws them instead, in the room between two neighbours: whole
// where the words fit, else in a type up to a quarter smaller, else every n-th row from the
// top, or a column cut short with "…". A row's label wider than the room beside the plot takes
// two lines where the row is tall enough for them.
#pragma once

#include <QStringList>

class QAbstractAxis;
class QChart;
class QFontMetricsF;

namespace CategoryAxisLabels {

// The smallest type a label is drawn in, as a share of the axis's own.
inline constexpr double kSmallestScale = 0.75;

// How a vertical axis draws its rows when two neighbouring labels are `spacing` pixels apart
// and a line of the axis's type is `lineHeight` high: the type's scale, and every how many rows
// a label is drawn (1: each).
struct RowFit {
    double scale = 1.0;
    int every = 1;
};
RowFit fitRows(double spacing, double lineHeight);

// The lines of `text` in `room` pixels of `metrics`'s type, `most` at most: broken between words,
// the last cut short with "…" where words (or a word wider than the room) are left out. A text
// that fits stays one line, as it is.
QStringList linesWithin(const QString &text, const QFontMetricsF &metrics, double room, int most);

// The scale of the type in which a horizontal axis's widest label, `widest` pixels wide in the
// axis's type, fits between neighbours `spacing` pixels apart (a label longer still is cut).
double fitColumns(double spacing, double widest);

// From now on, the labels of `axis` (a QCategoryAxis or QBarCategoryAxis of `chart`, its labels
// not turned) are drawn by the chart, laid out again whenever the plot area changes. Another
// axis is left as it is.
void drawWhole(QChart *chart, QAbstractAxis *axis);

} // namespace CategoryAxisLabels
