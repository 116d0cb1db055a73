// Chart builder over coverage: how many dimensions of each country rest on several sources,
// on a single one or on none.
#include "app/charts/chart_build_cancel.h"
#include "app/charts/chart_catalog.h"
#include "app/charts/chart_evidence.h"
#include "app/codebook/dimensions.h"
#include "app/evidence/coverage.h"
#include "app/evidence/evidence_marks.h"

using namespace ChartEvidence;
using namespace Evidence;

namespace {

struct LevelSeries {
    DimensionCoverage::Level level;
    const char *name;
};

const LevelSeries kLevels[] = {
    {DimensionCoverage::Level::Several, "two or more sources"},
    {DimensionCoverage::Level::Single, "a single source (thin)"},
    {DimensionCoverage::Level::None, "no source (thin)"},
};

QString dimensionLabels(const QStringList &ids, const Dimensions &dimensions)
{
    QStringList labels;
    for (const QString &id : ids) {
        const Dimension *d = dimensions.find(id);
        labels.append(d ? d->label : id);
    }
    return labels.join(QStringLiteral("; "));
}

} // namespace

ChartData ChartBuilders::coverage(const DocumentModel &model, const QStringList &selected)
{
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.title = QStringLiteral("Evidence coverage by country");
    QVector<CountryCoverage> rows;
    for (const Entity *country : model.countries()) {
        if (ChartBuildCancel::requested())
            return chart; // incomplete: thrown away
        rows.append(CountryCoverage::of(model, country->id));
        chart.addCategory(country->name, rows.last().isThin()
                                             ? CategoryMarks(CategoryMark::ThinEvidence)
                                             : CategoryMarks());
    }
    QVector<bool> emphasised;
    for (const CountryCoverage &row : rows)
        emphasised.append(selected.isEmpty() || selected.contains(row.country));
    QVector<EvidenceRef> shown; // the articles behind them all are listed once, at the end
    for (const LevelSeries &level : kLevels) {
        if (ChartBuildCancel::requested())
            return chart; // incomplete: thrown away
        ChartSeries series = ChartSeries::named(QLatin1String(level.name),
                                                SeriesMeaning::ofCoverage(level.level), emphasised);
        for (const CountryCoverage &row : rows) {
            const QStringList ids = row.dimensionsAt(level.level);
            QVector<EvidenceRef> refs;
            for (const QString &id : ids) {
                if (const Position *p = model.position(row.country, id))
                    refs += ofPosition(*p, model.dimensions);
            }
            series.values.append(double(ids.size()));
            series.evidence.append(refs);
            series.notes.append(QStringLiteral("%1 — %2: %3")
                                    .arg(row.countsText(), QLatin1String(level.name),
                                         ids.isEmpty() ? QStringLiteral("none")
                                                       : dimensionLabels(ids, model.dimensions)));
            shown += refs;
        }
        chart.series.append(series);
    }
    collectArticles(model, shown, &chart.articles);
    chart.valueMin = 0;
    chart.valueMax = model.dimensions.all().size();
    chart.valueTitle = QStringLiteral("dimensions of the codebook, by the sources behind them");
    chart.subtitle = QStringLiteral("%1 thin evidence: no dimension rests on two sources or more")
                         .arg(EvidenceMarks::thin());
    return chart;
}
