#include "ui/charts/date_axis_ticks.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>

#include <algorithm>

namespace {

constexpr int kGap = 16; // pixels between two labels

// The widest label the axis can show: its format applied to a date with long numbers.
int widestLabel(const QDateTimeAxis *axis)
{
    const QFontMetrics metrics(axis->labelsFont());
    const QDateTime widest(QDate(2000, 12, 28), QTime(23, 58, 58));
    return metrics.horizontalAdvance(widest.toString(axis->format()));
}

} // namespace

namespace DateAxisTicks {

int ticksFor(double width, int labelWidth)
{
    const int room = int(width) / std::max(1, labelWidth + kGap);
    return std::clamp(room, 2, kMostTicks);
}

void fitToPlot(QChart *chart, QDateTimeAxis *axis)
{
    const auto fit = [chart, axis] {
        const double width = chart->plotArea().width();
        // (before the chart's first layout there is no plot yet: as many as there can be)
        const int ticks = width > 0 ? ticksFor(width, widestLabel(axis)) : kMostTicks;
        if (axis->tickCount() != ticks)
            axis->setTickCount(ticks);
    };
    fit();
    QObject::connect(chart, &QChart::plotAreaChanged, axis, fit);
}

} // namespace DateAxisTicks
