// ui/charts: a chart's title and subtitle wrapped to the chart's width. Qt Charts lays its
// title out a line per <br> and cuts what is wider than the chart from the end: a vote chart 420
// pixels wide read "UN General Assembly votes on Ukraine, Ma..." and lost its subtitle, and so
// did the Charts tab of a 1280-wide window with the evidence beside the chart. Here the chart is
// given its title with the lines broken where its width calls for, anew whenever the width
// changes.
#pragma once

#include <QString>

class QAbstractAxis;
class QChart;
class QFont;

namespace WrappedTitle {

// The title as rich text: `title` in bold and `subtitle` small below it, each broken into the
// lines that `width` pixels have room for in `font` (the chart's title font), two at most (the
// second then ends with "…" where words are left out), each line centred. A width of 0 breaks
// nothing.
QString html(const QString &title, const QString &subtitle, const QFont &font, double width);

// An axis's title as rich text: `text` broken into the lines that `width` pixels have room for
// in `font`, two at most and centred as above.
QString axisHtml(const QString &text, const QFont &font, double width);

// From now on, `chart`'s title is `title` and `subtitle`, wrapped to its width whenever its size
// changes (a title font or margins set later wait for that).
void set(QChart *chart, const QString &title, const QString &subtitle);

// From now on, the title of `axis` (one of `chart`'s) is wrapped to the length of the plot along
// it, whenever the plot area changes. Qt Charts cuts it as it cuts the chart's: a 360-wide
// comparison read "score: −2 pro-Russia … +2..." under its plot.
void setForAxis(QChart *chart, QAbstractAxis *axis);

} // namespace WrappedTitle
