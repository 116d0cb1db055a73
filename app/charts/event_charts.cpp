// Chart builders over dated events: timeline, event-types, events-per-month.
#include "app/charts/chart_build_cancel.h"
#include "app/charts/chart_catalog.h"
#include "app/charts/chart_evidence.h"
#include "app/corpus/date_text.h"
#include "app/corpus/wording.h"
#include "app/extract/event_classifier.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace ChartEvidence;
using namespace Evidence;

namespace {

// The span of dates most events fall in, so that a stray 1996 or 2024 date does not squash
// the chart; events outside it are counted in the subtitle.
struct Window {
    QDate from;
    QDate to;
    bool contains(const QDate &d) const { return d >= from && d <= to; }
};

// Computed over the whole corpus, so an event is shown or left out whatever the selection.
Window focusWindow(const DocumentModel &model)
{
    QVector<QDate> dates;
    for (const Event &e : model.events)
        dates.append(e.date.from);
    if (dates.isEmpty())
        return {};
    std::sort(dates.begin(), dates.end());
    if (dates.size() < 20) // too few to call any of them an outlier
        return {dates.first(), dates.last()};
    const QDate low = dates.at(qsizetype(double(dates.size() - 1) * 0.05));
    const QDate high = dates.at(qsizetype(double(dates.size() - 1) * 0.95));
    return {low.addDays(-45), high.addDays(45)};
}

QVector<const Event *> eventsOf(const DocumentModel &model, const QStringList &countries)
{
    QVector<const Event *> result;
    for (const Event &e : model.events) {
        for (const QString &iso : countries) {
            if (e.countries.contains(iso)) {
                result.append(&e);
                break;
            }
        }
    }
    return result;
}

QStringList countriesWithEvents(const DocumentModel &model)
{
    QStringList result;
    for (const Entity *c : model.countries()) {
        if (!model.eventsOf(c->id).isEmpty())
            result.append(c->id);
    }
    return result;
}

QString names(const DocumentModel &model, const QStringList &countries)
{
    QStringList list;
    for (const QString &iso : countries)
        list.append(countryName(model, iso));
    return list.join(QStringLiteral(", "));
}

// A timeline point: events of one type on one day in one lane are one point with all of them
// behind it (drawn apart, they would hide one another). The points of a series are found by
// day, lane and precision in a hash: a big library puts tens of thousands of events on a lane.
class TimelinePoints {
public:
    explicit TimelinePoints(ChartSeries *series)
        : m_series(series)
    {}

    void add(const QDate &date, int lane, const EvidenceRef &event)
    {
        // Day, lane and precision in one number: days fit 32 bits, lanes 24, precisions 8.
        const quint64 key =
            quint64(date.toJulianDay()) << 32 | quint64(lane) << 8 | quint64(event.date.precision);
        const auto found = m_points.constFind(key);
        if (found != m_points.constEnd()) {
            m_series->evidence[*found].append(event);
            return;
        }
        m_points.insert(key, int(m_series->dates.size()));
        m_series->dates.append(date);
        m_series->values.append(double(lane));
        m_series->evidence.append({event});
    }

private:
    ChartSeries *m_series;
    QHash<quint64, int> m_points;
};

QString outsideNote(int outside)
{
    return outside > 0 ? QStringLiteral("; %1 dated outside this range not shown")
                             .arg(Wording::counted(outside, "event", "events"))
                       : QString();
}

} // namespace

ChartData ChartBuilders::timeline(const DocumentModel &model, const QStringList &countries)
{
    const QStringList lanes = countries.isEmpty() ? countriesWithEvents(model) : countries;
    const QVector<const Event *> events = eventsOf(model, lanes);
    const Window window = focusWindow(model);
    ChartData chart;
    chart.kind = ChartData::Kind::Timeline;
    chart.title = QStringLiteral("Timeline of events");
    for (const QString &iso : lanes)
        chart.addCategory(countryName(model, iso));
    int outside = 0;
    QDate first, last;
    QVector<EvidenceRef> shown;
    for (const QString &type : EventClassifier::allTypes()) {
        ChartSeries series = ChartSeries::named(type, SeriesMeaning::eventType(type));
        TimelinePoints points(&series);
        for (const Event *e : events) {
            if (e->type != type)
                continue;
            if (ChartBuildCancel::requested())
                return chart; // incomplete: thrown away
            if (!window.contains(e->date.from)) {
                ++outside;
                continue;
            }
            for (int lane = 0; lane < lanes.size(); ++lane) {
                if (!e->countries.contains(lanes.at(lane)))
                    continue;
                const EvidenceRef ref = ofEvent(*e);
                points.add(e->date.from, lane, ref);
                first = first.isValid() ? std::min(first, e->date.from) : e->date.from;
                last = last.isValid() ? std::max(last, e->date.from) : e->date.from;
                shown.append(ref);
            }
        }
        if (!series.dates.isEmpty())
            chart.series.append(series);
    }
    collectArticles(model, shown, &chart.articles);
    chart.categoryTitle = QStringLiteral("country");
    chart.valueTitle = QStringLiteral("date");
    chart.subtitle = QStringLiteral("%1, %2 to %3%4")
                         .arg(Wording::counted(events.size() - outside, "event", "events"),
                              DateText::day(first), DateText::day(last), outsideNote(outside));
    return chart;
}

ChartData ChartBuilders::eventTypes(const DocumentModel &model, const QStringList &countries)
{
    const QStringList scope = countries.isEmpty() ? countriesWithEvents(model) : countries;
    const QVector<const Event *> events = eventsOf(model, scope);
    ChartData chart;
    chart.kind = ChartData::Kind::Pie;
    chart.title = QStringLiteral("Events by type — ") +
                  (countries.isEmpty() ? QStringLiteral("all countries") : names(model, countries));
    QVector<EvidenceRef> counted; // the articles behind them all are listed once, at the end
    for (const QString &type : EventClassifier::allTypes()) {
        if (ChartBuildCancel::requested())
            return chart; // incomplete: thrown away
        QVector<EvidenceRef> refs;
        for (const Event *e : events) {
            if (e->type == type)
                refs.append(ofEvent(*e));
        }
        if (refs.isEmpty())
            continue;
        counted += refs;
        ChartSeries series = ChartSeries::named(type, SeriesMeaning::eventType(type));
        series.values = {double(refs.size())};
        series.evidence = {refs};
        chart.series.append(series);
    }
    collectArticles(model, counted, &chart.articles);
    chart.subtitle = QStringLiteral("%1 in the articles")
                         .arg(Wording::counted(events.size(), "dated event", "dated events"));
    return chart;
}

ChartData ChartBuilders::eventsPerMonth(const DocumentModel &model, const QStringList &countries)
{
    const QStringList scope = countries.isEmpty() ? countriesWithEvents(model) : countries;
    const QVector<const Event *> all = eventsOf(model, scope);
    const Window window = focusWindow(model);
    ChartData chart;
    chart.kind = ChartData::Kind::GroupedBars;
    chart.title = QStringLiteral("Events per month — ") +
                  (countries.isEmpty() ? QStringLiteral("all countries") : names(model, countries));
    QSet<QDate> seen;
    for (const Event *e : all) {
        if (window.contains(e->date.from))
            seen.insert(QDate(e->date.from.year(), e->date.from.month(), 1));
    }
    QVector<QDate> months(seen.cbegin(), seen.cend());
    std::sort(months.begin(), months.end());
    if (!months.isEmpty()) { // every month between the first and the last, empty ones too
        QVector<QDate> filled;
        for (QDate m = months.first(); m <= months.last(); m = m.addMonths(1))
            filled.append(m);
        months = filled;
    }
    for (const QDate &m : months)
        chart.categories.append(DateText::month(m));
    int outside = 0;
    for (const Event *e : all)
        outside += window.contains(e->date.from) ? 0 : 1;
    QHash<QDate, int> monthIndex;
    for (int i = 0; i < months.size(); ++i)
        monthIndex.insert(months.at(i), i);
    QVector<EvidenceRef> counted;
    for (int c = 0; c < scope.size(); ++c) {
        if (ChartBuildCancel::requested())
            return chart; // incomplete: thrown away
        ChartSeries series =
            ChartSeries::named(countryName(model, scope.at(c)), countryMeaning(model, scope.at(c)));
        // Each event goes to its month's bar in one pass (not one pass over them per month).
        QVector<QVector<EvidenceRef>> byMonth(months.size());
        for (const Event *e : model.eventsOf(scope.at(c))) {
            const int i = monthIndex.value(QDate(e->date.from.year(), e->date.from.month(), 1), -1);
            if (i >= 0)
                byMonth[i].append(ofEvent(*e));
        }
        for (const QVector<EvidenceRef> &refs : byMonth) {
            series.values.append(double(refs.size()));
            series.evidence.append(refs);
            counted += refs;
        }
        chart.series.append(series);
    }
    collectArticles(model, counted, &chart.articles);
    chart.valueTitle = QStringLiteral("events");
    chart.categoryTitle = QStringLiteral("month");
    chart.subtitle = QStringLiteral("dated events in the articles%1").arg(outsideNote(outside));
    return chart;
}
