#include "ui/charts/chart_factory.h"

#include "app/charts/timeline_spread.h"
#include "app/corpus/date_text.h"
#include "ui/charts/category_axis_labels.h"
#include "ui/charts/chart_mark_signals.h"
#include "ui/charts/chart_rows.h"
#include "ui/charts/date_axis_ticks.h"
#include "ui/charts/wrapped_legend.h"
#include "ui/charts/wrapped_title.h"
#include "ui/style/palette.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QPieSeries>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QValueAxis>
#include <QtNumeric>

#include <cmath>
#include <numeric>

namespace {

double valueOrZero(double v)
{
    return qIsNaN(v) ? 0.0 : v;
}

bool isEmphasised(const ChartSeries &s, int i)
{
    return s.emphasised.isEmpty() || s.emphasised.value(i, true);
}

void hideFromLegend(QChart *chart, QAbstractSeries *series, QBarSet *set = nullptr)
{
    for (QLegendMarker *marker : chart->legend()->markers(series)) {
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker);
            !set || (bar && bar->barset() == set))
            WrappedLegend::leaveOut(marker);
    }
}

// Stacked sets, one per series, in the shared palette; legend entries only where wanted.
void addStackedSets(QChart *chart, QAbstractBarSeries *bars, const ChartData &data, bool dark,
                    ChartMarkSignals *marks)
{
    // Segments are outlined in the background colour, so two equal neighbours stay two.
    const QColor outline = dark ? QColor(0x2b, 0x2d, 0x30) : QColor(Qt::white);
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries &series = data.series.at(s);
        auto *set = new QBarSet(series.name);
        const QColor colour = Palette::of(series.meaning);
        set->setColor(colour);
        set->setPen(QPen(outline, 1.5));
        for (int position = 0; position < series.values.size(); ++position)
            set->append(valueOrZero(series.values.value(ChartRows::rowAt(data, position))));
        bars->append(set);
    }
    chart->addSeries(bars);
    if (marks)
        marks->watchBars(bars, ChartRows::rowsByPosition(data));
    for (int s = 0; s < data.series.size(); ++s) {
        if (!data.series.at(s).inLegend)
            hideFromLegend(chart, bars, bars->barSets().at(s));
    }
}

QAbstractAxis *valueAxis(const ChartData &data)
{
    if (!data.valueLabels.isEmpty() && data.kind == ChartData::Kind::StackedBars) {
        auto *axis = new QCategoryAxis;
        for (int i = 0; i < data.valueLabels.size(); ++i)
            axis->append(data.valueLabels.at(i), i + 1);
        axis->setRange(0, data.valueLabels.size());
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
        return axis;
    }
    auto *axis = new QValueAxis;
    if (data.valueMax > data.valueMin) {
        axis->setRange(data.valueMin, data.valueMax);
        axis->setTickCount(int(data.valueMax - data.valueMin) + 1);
    } else {
        // Stacked bars reach the sum of their segments; others their largest value. Leave
        // headroom so the longest bar never touches the frame.
        double max = 1;
        const qsizetype count = data.series.isEmpty() ? 0 : data.series.first().values.size();
        for (qsizetype i = 0; i < count; ++i) {
            double sum = 0;
            for (const ChartSeries &s : data.series) {
                const double v = valueOrZero(s.values.value(i));
                sum += v;
                max = std::max(max, v);
            }
            if (data.kind == ChartData::Kind::StackedBars)
                max = std::max(max, sum);
        }
        // Every bar of these charts counts something (events, mentions, claims, countries):
        // ticks at whole numbers, 1, 2 or 5 times a power of ten apart, at most eight of them,
        // with headroom so the longest bar never touches the frame.
        const double wanted = max * 1.05;
        double step = 1;
        for (double power = 1; step * 7 < wanted; power *= 10) {
            for (const double factor : {1.0, 2.0, 5.0}) {
                step = factor * power;
                if (step * 7 >= wanted)
                    break;
            }
        }
        const int ticks = int(std::ceil(wanted / step));
        axis->setRange(0, ticks * step);
        axis->setTickCount(ticks + 1);
    }
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

void buildStacked(QChart *chart, const ChartData &data, bool dark, ChartMarkSignals *marks,
                  bool selectionMarkers)
{
    auto *bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.7);
    addStackedSets(chart, bars, data, dark, marks);
    auto *rows = new QBarCategoryAxis;
    rows->append(ChartRows::labelsByPosition(data, selectionMarkers));
    chart->addAxis(rows, Qt::AlignLeft);
    QAbstractAxis *values = valueAxis(data);
    values->setTitleText(data.valueTitle);
    chart->addAxis(values, Qt::AlignBottom);
    bars->attachAxis(rows);
    bars->attachAxis(values);
}

QCategoryAxis *scoreAxis(const ChartData &data)
{
    auto *x = new QCategoryAxis;
    x->setRange(data.valueMin - 0.5, data.valueMax + 0.5);
    x->setStartValue(data.valueMin - 0.5);
    for (int i = 0; i < data.valueLabels.size(); ++i)
        x->append(data.valueLabels.at(i), data.valueMin + i);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTitleText(data.valueTitle);
    return x;
}

// One scatter series for the points of data series `s` (emphasised or not) at
// (value, row + offset), reporting to `marks` which value each point draws.
QScatterSeries *dotsOf(const ChartData &data, int s, bool emphasisedOnes, double offset, bool dark,
                       ChartMarkSignals *marks)
{
    const ChartSeries &series = data.series.at(s);
    auto *dots = new QScatterSeries;
    dots->setName(series.name);
    dots->setMarkerSize(emphasisedOnes ? 15 : 11);
    QVector<int> indexOfPoint;
    for (int i = 0; i < series.values.size(); ++i) {
        if (!qIsNaN(series.values.at(i)) && isEmphasised(series, i) == emphasisedOnes) {
            dots->append(series.values.at(i), ChartRows::position(data, i) + offset);
            indexOfPoint.append(i);
        }
    }
    if (marks)
        marks->watchPoints(dots, s, indexOfPoint);
    const QColor colour = Palette::of(series.meaning);
    dots->setColor(colour);
    dots->setBorderColor(dark ? QColor(0x1e, 0x1f, 0x22) : Qt::white);
    return dots;
}

void buildDiverging(QChart *chart, const ChartData &data, bool dark, ChartMarkSignals *marks,
                    bool selectionMarkers)
{
    auto *bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(0.55);
    addStackedSets(chart, bars, data, dark, marks);
    auto *rows = new QBarCategoryAxis;
    rows->append(ChartRows::labelsByPosition(data, selectionMarkers));
    QCategoryAxis *x = scoreAxis(data);
    chart->addAxis(rows, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(rows);
    bars->attachAxis(x);
    // A dot at each score, so that a score of 0 shows too.
    for (int s = 0; s < data.series.size(); ++s) {
        for (const bool emphasised : {false, true}) {
            QScatterSeries *dots = dotsOf(data, s, emphasised, 0, dark, marks);
            chart->addSeries(dots);
            dots->attachAxis(x);
            dots->attachAxis(rows);
            hideFromLegend(chart, dots);
        }
    }
}

void buildDots(QChart *chart, const ChartData &data, bool dark, ChartMarkSignals *marks,
               bool selectionMarkers)
{
    auto *rows = new QCategoryAxis;
    rows->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    rows->setStartValue(-0.5);
    const QStringList labels = ChartRows::labelsByPosition(data, selectionMarkers);
    for (int i = 0; i < labels.size(); ++i)
        rows->append(labels.at(i), i);
    rows->setRange(-0.5, data.categories.size() - 0.5);
    QCategoryAxis *x = scoreAxis(data);
    chart->addAxis(rows, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    const int count = int(data.series.size());
    for (int s = 0; s < count; ++s) {
        // Countries side by side within a row, so equal scores do not hide each other.
        const double offset = count > 1 ? (0.5 - double(s) / (count - 1)) * 0.5 : 0.0;
        QScatterSeries *dots = dotsOf(data, s, true, offset, dark, marks);
        dots->setMarkerSize(16);
        chart->addSeries(dots);
        dots->attachAxis(x);
        dots->attachAxis(rows);
    }
}

// The chart's countries, each in its own colour (Palette::countrySlots).
ChartData withDistinctCountryColours(const ChartData &data)
{
    QHash<QString, int> preferred;
    for (const ChartSeries &series : data.series) {
        if (series.meaning.kind == SeriesMeaning::Kind::Country)
            preferred.insert(series.meaning.value, series.meaning.ordinal);
    }
    if (preferred.size() < 2)
        return data;
    const QHash<QString, int> slots = Palette::countrySlots(preferred);
    ChartData drawn = data;
    for (ChartSeries &series : drawn.series) {
        if (series.meaning.kind == SeriesMeaning::Kind::Country)
            series.meaning.ordinal = slots.value(series.meaning.value);
    }
    return drawn;
}

void buildGrouped(QChart *chart, const ChartData &data, ChartMarkSignals *marks)
{
    auto *bars = new QBarSeries;
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries &series = data.series.at(s);
        auto *set = new QBarSet(series.name);
        set->setColor(Palette::of(series.meaning));
        set->setBorderColor(Palette::of(series.meaning));
        for (double v : series.values)
            set->append(valueOrZero(v));
        bars->append(set);
    }
    chart->addSeries(bars);
    if (marks)
        marks->watchBars(bars, ChartRows::rowsByPosition(data));
    auto *groups = new QBarCategoryAxis;
    groups->append(data.categories);
    groups->setTitleText(data.categoryTitle);
    chart->addAxis(groups, Qt::AlignBottom);
    QAbstractAxis *values = valueAxis(data);
    values->setTitleText(data.valueTitle);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(groups);
    bars->attachAxis(values);
}

void buildPie(QChart *chart, const ChartData &data, bool dark, ChartMarkSignals *marks)
{
    auto *pie = new QPieSeries;
    pie->setPieSize(0.7);
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries &series = data.series.at(s);
        const double value = series.values.value(0);
        QPieSlice *slice =
            pie->append(QStringLiteral("%1 (%2)").arg(series.name).arg(value), value);
        slice->setColor(Palette::of(series.meaning));
        slice->setBorderColor(dark ? QColor(0x2b, 0x2d, 0x30) : Qt::white);
        slice->setLabelVisible(true);
        slice->setLabelColor(dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x30, 0x30, 0x30));
        if (marks)
            marks->watchSlice(slice, s);
    }
    chart->addSeries(pie);
    chart->legend()->hide(); // the slices carry their labels
}

void buildTimeline(QChart *chart, const ChartData &data, ChartMarkSignals *marks,
                   bool selectionMarkers)
{
    auto *time = new QDateTimeAxis;
    time->setFormat(QLatin1String(DateText::kDayFormat));
    time->setTitleText(data.valueTitle);
    auto *lanes = new QCategoryAxis;
    lanes->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    lanes->setStartValue(-0.5);
    const QStringList labels = ChartRows::labelsByPosition(data, selectionMarkers);
    for (int i = 0; i < labels.size(); ++i)
        lanes->append(labels.at(i), i);
    lanes->setRange(-0.5, data.categories.size() - 0.5);
    lanes->setGridLineVisible(true);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(lanes, Qt::AlignLeft);
    QDateTime first, last;
    // Types on one day in one lane are drawn apart within it, never on top of one another.
    const QVector<QVector<double>> spread = TimelineSpread::offsets(data);
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries &series = data.series.at(s);
        auto *points = new QScatterSeries;
        points->setName(series.name);
        points->setMarkerSize(11);
        QColor colour = Palette::of(series.meaning);
        colour.setAlpha(210);
        points->setColor(colour);
        points->setBorderColor(colour.darker(130));
        for (int i = 0; i < series.dates.size(); ++i) {
            const QDateTime when(series.dates.at(i), QTime(12, 0));
            points->append(double(when.toMSecsSinceEpoch()),
                           ChartRows::position(data, int(series.values.at(i))) +
                               spread.at(s).at(i));
            first = first.isValid() ? std::min(first, when) : when;
            last = last.isValid() ? std::max(last, when) : when;
        }
        chart->addSeries(points);
        if (marks) {
            QVector<int> indexOfPoint(series.dates.size());
            std::iota(indexOfPoint.begin(), indexOfPoint.end(), 0);
            marks->watchPoints(points, s, indexOfPoint);
        }
        points->attachAxis(time);
        points->attachAxis(lanes);
    }
    if (first.isValid())
        time->setRange(first.addDays(-4), last.addDays(4));
    DateAxisTicks::fitToPlot(chart, time);
}

} // namespace

QChart *ChartFactory::create(const ChartData &given, bool dark, ChartMarkSignals *marks,
                             Medium medium)
{
    const ChartData data = withDistinctCountryColours(given);
    const bool selectionMarkers = medium == Medium::Screen;
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    if (dark)
        chart->setBackgroundBrush(QColor(0x2b, 0x2d, 0x30));
    QStringList subtitle;
    if (!data.subtitle.isEmpty())
        subtitle.append(data.subtitle);
    if (!data.disputedNote.isEmpty())
        subtitle.append(Palette::conflictName() + QStringLiteral(": ") + data.disputedNote);
    QFont title = chart->titleFont();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    chart->setTitleFont(title);
    WrappedTitle::set(chart, data.title, subtitle.join(QStringLiteral("; ")));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(8, 8, 8, 8));
    const auto finish = qScopeGuard([chart, dark] {
        for (QAbstractAxis *axis : chart->axes()) {
            CategoryAxisLabels::drawWhole(chart, axis); // never "..." for a row that has room
            WrappedTitle::setForAxis(chart, axis);
            // Quiet grid lines in the dark theme, so the data stands out.
            if (dark)
                axis->setGridLineColor(QColor(0x44, 0x46, 0x4a));
        }
        if (chart->legend()->isVisible())  // (a pie's slices carry their labels)
            WrappedLegend::replace(chart); // in rows, never "state…"
    });
    switch (data.kind) {
    case ChartData::Kind::Diverging:
        buildDiverging(chart, data, dark, marks, selectionMarkers);
        break;
    case ChartData::Kind::Dots:
        buildDots(chart, data, dark, marks, selectionMarkers);
        break;
    case ChartData::Kind::StackedBars:
        buildStacked(chart, data, dark, marks, selectionMarkers);
        break;
    case ChartData::Kind::GroupedBars:
        buildGrouped(chart, data, marks);
        break;
    case ChartData::Kind::Pie:
        buildPie(chart, data, dark, marks);
        break;
    case ChartData::Kind::Timeline:
        buildTimeline(chart, data, marks, selectionMarkers);
        break;
    }
    return chart;
}
