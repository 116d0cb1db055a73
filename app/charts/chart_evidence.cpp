#include "app/charts/chart_evidence.h"

#include <QSet>

namespace ChartEvidence {

void collectArticles(const DocumentModel &model, const QVector<EvidenceRef> &refs,
                     QStringList *articles)
{
    // Sets, not lists: a timeline of a big library has tens of thousands of refs.
    QSet<QString> wanted(articles->cbegin(), articles->cend());
    for (const EvidenceRef &ref : refs)
        wanted.insert(ref.article);
    QStringList ordered;
    for (const Article &a : model.articles) {
        if (wanted.contains(a.id))
            ordered.append(a.id);
    }
    *articles = ordered;
}

QString countryName(const DocumentModel &model, const QString &iso)
{
    const Entity *e = model.gazetteer.find(iso);
    return e ? e->name : iso;
}

SeriesMeaning countryMeaning(const DocumentModel &model, const QString &iso)
{
    const Entity *e = model.gazetteer.find(iso);
    return SeriesMeaning::country(iso, e ? e->colour : -1);
}

} // namespace ChartEvidence
