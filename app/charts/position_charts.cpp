// Chart builders over positions: stance-overview, unga-votes, comparison.
#include "app/charts/chart_catalog.h"
#include "app/charts/chart_evidence.h"
#include "app/codebook/dimensions.h"
#include "app/evidence/evidence_marks.h"

#include <QtNumeric>

#include <algorithm>

using namespace ChartEvidence;
using namespace Evidence;

namespace {

QVector<bool> emphasis(const QStringList &rows, const QStringList &selected)
{
    QVector<bool> result;
    for (const QString &iso : rows)
        result.append(selected.isEmpty() || selected.contains(iso));
    return result;
}

} // namespace

ChartData ChartBuilders::stanceOverview(const DocumentModel &model, const QStringList &selected)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Diverging;
    chart.title = QStringLiteral("Stance on Russia's invasion of Ukraine");
    const Dimension *stance = model.dimensions.find(QStringLiteral("stance"));
    QVector<const Position *> positions;
    for (const Entity *country : model.countries()) {
        if (const Position *p = model.position(country->id, stance->id); p && p->score)
            positions.append(p);
    }
    // Most pro-Russia first, most pro-Ukraine last; within a stance, countries in gazetteer
    // (region) order, as in other charts.
    std::stable_sort(positions.begin(), positions.end(),
                     [](const Position *a, const Position *b) { return *a->score < *b->score; });
    QStringList rows;
    for (const Position *p : positions) {
        rows.append(p->country);
        chart.addCategory(countryName(model, p->country),
                          p->conflict ? CategoryMarks(CategoryMark::Disputed) : CategoryMarks());
    }
    for (const DimensionValue &value : stance->values) {
        ChartSeries series = ChartSeries::named(value.label, SeriesMeaning::stanceValue(value.id),
                                                emphasis(rows, selected));
        for (const Position *p : positions) {
            const bool here = p->value == value.id;
            series.values.append(here ? double(*p->score) : qQNaN());
            series.evidence.append(here ? ofPosition(*p, model.dimensions)
                                        : QVector<EvidenceRef>());
            collectArticles(model, series.evidence.last(), &chart.articles);
        }
        chart.series.append(series);
    }
    chart.valueMin = -2;
    chart.valueMax = 2;
    for (const DimensionValue &value : stance->values)
        chart.valueLabels.append(value.label);
    chart.valueTitle =
        QStringLiteral("stance score, −2 (supports Russia) to +2 (supports Ukraine)");
    chart.subtitle = QStringLiteral("%1 countries; %2 where sources disagree")
                         .arg(positions.size())
                         .arg(EvidenceMarks::disputed());
    return chart;
}

ChartData ChartBuilders::ungaVotes(const DocumentModel &model, const QStringList &selected)
{
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.title = QStringLiteral("UN General Assembly votes on Ukraine, March 2022");
    const QStringList dimensions{QStringLiteral("unga_es11_1"), QStringLiteral("unga_es11_2")};
    QStringList rows;
    for (const Entity *country : model.countries()) {
        if (model.position(country->id, dimensions[0]) ||
            model.position(country->id, dimensions[1])) {
            rows.append(country->id);
            chart.addCategory(country->name);
        }
    }
    // A segment per vote, and one where the sources disagree on the vote.
    const Dimension *vote = model.dimensions.find(dimensions[0]);
    QVector<SeriesMeaning> meanings;
    for (const DimensionValue &v : vote->values)
        meanings.append(SeriesMeaning::vote(v.id));
    meanings.append(SeriesMeaning::disputed());
    for (int d = 0; d < dimensions.size(); ++d) {
        for (const SeriesMeaning &meaning : meanings) {
            const bool disputed = meaning.kind == SeriesMeaning::Kind::Disputed;
            const QString label = disputed
                                      ? QStringLiteral("Sources disagree")
                                      : model.dimensions.valueLabel(dimensions[d], meaning.value);
            ChartSeries series = ChartSeries::named(label, meaning, emphasis(rows, selected));
            series.inLegend = d == 0;
            series.detail = model.dimensions.find(dimensions[d])->label;
            for (const QString &iso : rows) {
                const Position *p = model.position(iso, dimensions[d]);
                const bool here = p && (p->conflict ? disputed : p->value == meaning.value);
                series.values.append(here ? 1.0 : 0.0);
                series.evidence.append(here ? ofPosition(*p, model.dimensions)
                                            : QVector<EvidenceRef>());
                collectArticles(model, series.evidence.last(), &chart.articles);
            }
            chart.series.append(series);
        }
    }
    chart.valueMin = 0;
    chart.valueMax = 2;
    chart.valueLabels = {QStringLiteral("2 March (ES-11/1)"), QStringLiteral("24 March (ES-11/2)")};
    chart.valueTitle = QStringLiteral("resolution");
    chart.disputedNote = QStringLiteral("the sources disagree on the vote");
    return chart;
}

ChartData ChartBuilders::comparison(const DocumentModel &model, const QStringList &countries)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Dots;
    QStringList names;
    for (const QString &iso : countries)
        names.append(countryName(model, iso));
    chart.title = QStringLiteral("Comparison: ") + names.join(QStringLiteral(", "));
    QVector<const Dimension *> scored;
    for (const Dimension &d : model.dimensions.all()) {
        if (d.isScored())
            scored.append(&d);
    }
    for (const Dimension *d : scored) {
        // A dispute does not show in a score (abstained and absent are both 0): mark the row.
        const bool disputed =
            std::any_of(countries.cbegin(), countries.cend(), [&](const QString &iso) {
                const Position *p = model.position(iso, d->id);
                return p && p->conflict;
            });
        chart.addCategory(d->label,
                          disputed ? CategoryMarks(CategoryMark::Disputed) : CategoryMarks());
    }
    for (int c = 0; c < countries.size(); ++c) {
        ChartSeries series =
            ChartSeries::named(names.at(c), countryMeaning(model, countries.at(c)));
        for (const Dimension *d : scored) {
            const Position *p = model.position(countries.at(c), d->id);
            series.values.append(p && p->score ? double(*p->score) : qQNaN());
            series.evidence.append(p ? ofPosition(*p, model.dimensions) : QVector<EvidenceRef>());
            collectArticles(model, series.evidence.last(), &chart.articles);
        }
        chart.series.append(series);
    }
    chart.valueMin = -2;
    chart.valueMax = 2;
    // Short tick labels, which fit however narrow the chart; the axis title says which way.
    chart.valueLabels = {QStringLiteral("−2"), QStringLiteral("−1"), QStringLiteral("0"),
                         QStringLiteral("+1"), QStringLiteral("+2")};
    chart.valueTitle = QStringLiteral("score: −2 pro-Russia … +2 pro-Ukraine");
    chart.subtitle =
        QStringLiteral("UN votes: in favour +2, abstained or absent 0, against −2; %1 where "
                       "sources disagree")
            .arg(EvidenceMarks::disputed());
    return chart;
}
