#include "app/evidence/coverage.h"

#include "app/codebook/dimensions.h"
#include "app/corpus/wording.h"

#include <QSet>

#include <algorithm>

DimensionCoverage::Level DimensionCoverage::level() const
{
    if (sources == 0)
        return Level::None;
    return sources == 1 ? Level::Single : Level::Several;
}

CountryCoverage CountryCoverage::of(const DocumentModel &model, const QString &iso)
{
    CountryCoverage coverage;
    coverage.country = iso;
    // The articles behind it: those of its events (indexed once for the model: a big library
    // puts thousands behind a country), and those of its claims not among them.
    const QVector<int> eventArticles = model.eventArticles(iso);
    QSet<QString> claimsOnly;
    for (const Claim &c : model.claims) {
        if (c.country != iso)
            continue;
        ++coverage.claims;
        if (!std::binary_search(eventArticles.cbegin(), eventArticles.cend(),
                                model.articleIndex(c.article)))
            claimsOnly.insert(c.article);
    }
    coverage.events = int(model.eventsOf(iso).size());
    coverage.articles = int(eventArticles.size() + claimsOnly.size());
    coverage.mentioningArticles = int(model.articlesMentioning(iso).size());
    for (const Dimension &d : model.dimensions.all()) {
        DimensionCoverage dimension{d.id, d.label, 0, 0};
        if (const Position *p = model.position(iso, d.id)) {
            dimension.sources = p->sources();
            dimension.claims = int(p->claims.size());
        }
        coverage.dimensions.append(dimension);
    }
    return coverage;
}

const DimensionCoverage *CountryCoverage::dimension(const QString &id) const
{
    for (const DimensionCoverage &d : dimensions) {
        if (d.dimension == id)
            return &d;
    }
    return nullptr;
}

QStringList CountryCoverage::dimensionsAt(DimensionCoverage::Level level) const
{
    QStringList ids;
    for (const DimensionCoverage &d : dimensions) {
        if (d.level() == level)
            ids.append(d.dimension);
    }
    return ids;
}

bool CountryCoverage::isThin() const
{
    return dimensionsAt(DimensionCoverage::Level::Several).isEmpty();
}

int CountryCoverage::thinCount() const
{
    int n = 0;
    for (const DimensionCoverage &d : dimensions)
        n += d.isThin() ? 1 : 0;
    return n;
}

int CountryCoverage::coveredCount() const
{
    return int(dimensions.size() - dimensionsAt(DimensionCoverage::Level::None).size());
}

int CountryCoverage::singleSourceCount() const
{
    return int(dimensionsAt(DimensionCoverage::Level::Single).size());
}

QString CountryCoverage::countsText() const
{
    return Wording::counted(articles, "article", "articles") + QStringLiteral(" · ") +
           Wording::counted(claims, "claim", "claims") + QStringLiteral(" · ") +
           Wording::counted(events, "event", "events");
}

QString CountryCoverage::thinText() const
{
    if (thinCount() == 0)
        return {};
    QStringList single, none;
    for (const DimensionCoverage &d : dimensions) {
        const QString label = d.label.isEmpty() ? d.dimension : d.label;
        if (d.level() == DimensionCoverage::Level::Single)
            single.append(label);
        else if (d.level() == DimensionCoverage::Level::None)
            none.append(label);
    }
    QStringList parts;
    if (!single.isEmpty())
        parts.append(
            QStringLiteral("a single source for %1").arg(single.join(QStringLiteral(", "))));
    if (!none.isEmpty())
        parts.append(QStringLiteral("no source for %1").arg(none.join(QStringLiteral(", "))));
    return QStringLiteral("thin evidence on %1 of %2 dimensions: %3")
        .arg(thinCount())
        .arg(dimensions.size())
        .arg(parts.join(QStringLiteral("; ")));
}
