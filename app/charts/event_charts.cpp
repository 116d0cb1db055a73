// Chart builders over dated events: timeline, event-types, events-per-month.
#include "app/charts/chart_catalog.h"
#include "app/charts/chart_evidence.h"
#include "app/corpus/date_text.h"
#include "app/extract/event_classifier.h"

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
// behind it (drawn apart, they would hide one another).
void addPoint(ChartSeries *series, const QDate &date, double lane, const EvidenceRef &event)
{
    for (int i = 0; i < series->dates.size(); ++i) {
        if (series->dates.at(i) == date && series->values.at(i) == lane &&
            series->evidence.at(i).first().date.precision == event.date.precision) {
            series->evidence[i].append(event);
            return;
        }
    }
    series->dates.append(date);
    series->values.append(lane);
    series->evidence.append({event});
}

QString outsideNote(int outside)
{
    return outside > 0
               ? QStringLiteral("; %1 event(s) dated outside this range not shown").arg(outside)
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
    for (const QString &type : EventClassifier::allTypes()) {
        ChartSeries series = ChartSeries::named(type, SeriesMeaning::eventType(type));
        for (const Event *e : events) {
            if (e->type != type)
                continue;
            if (!window.contains(e->date.from)) {
                ++outside;
                continue;
            }
            for (int lane = 0; lane < lanes.size(); ++lane) {
                if (!e->countries.contains(lanes.at(lane)))
                    continue;
                addPoint(&series, e->date.from, double(lane), ofEvent(*e));
                first = first.isValid() ? std::min(first, e->date.from) : e->date.from;
                last = last.isValid() ? std::max(last, e->date.from) : e->date.from;
                collectArticles(model, {ofEvent(*e)}, &chart.articles);
            }
        }
        if (!series.dates.isEmpty())
            chart.series.append(series);
    }
    chart.categoryTitle = QStringLiteral("country");
    chart.valueTitle = QStringLiteral("date");
    chart.subtitle = QStringLiteral("%1 events, %2 to %3%4")
                         .arg(events.size() - outside)
                         .arg(DateText::day(first), DateText::day(last), outsideNote(outside));
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
    for (const QString &type : EventClassifier::allTypes()) {
        QVector<EvidenceRef> refs;
        for (const Event *e : events) {
            if (e->type == type)
                refs.append(ofEvent(*e));
        }
        if (refs.isEmpty())
            continue;
        collectArticles(model, refs, &chart.articles);
        ChartSeries series = ChartSeries::named(type, SeriesMeaning::eventType(type));
        series.values = {double(refs.size())};
        series.evidence = {refs};
        chart.series.append(series);
    }
    chart.subtitle = QStringLiteral("%1 dated events in the articles").arg(events.size());
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
    QVector<QDate> months;
    for (const Event *e : all) {
        const QDate month(e->date.from.year(), e->date.from.month(), 1);
        if (window.contains(e->date.from) && !months.contains(month))
            months.append(month);
    }
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
    for (int c = 0; c < scope.size(); ++c) {
        ChartSeries series =
            ChartSeries::named(countryName(model, scope.at(c)), countryMeaning(model, scope.at(c)));
        for (const QDate &m : months) {
            QVector<EvidenceRef> refs;
            for (const Event *e : model.eventsOf(scope.at(c))) {
                if (e->date.from.year() == m.year() && e->date.from.month() == m.month())
                    refs.append(ofEvent(*e));
            }
            series.values.append(double(refs.size()));
            series.evidence.append(refs);
            collectArticles(model, refs, &chart.articles);
        }
        chart.series.append(series);
    }
    chart.valueTitle = QStringLiteral("events");
    chart.categoryTitle = QStringLiteral("month");
    chart.subtitle = QStringLiteral("dated events in the articles%1").arg(outsideNote(outside));
    return chart;
}
