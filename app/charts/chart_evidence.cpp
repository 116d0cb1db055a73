#include "app/charts/chart_evidence.h"

namespace ChartEvidence {

void collectArticles(const DocumentModel &model, const QVector<EvidenceRef> &refs,
                     QStringList *articles)
{
    for (const EvidenceRef &ref : refs) {
        if (!articles->contains(ref.article))
            articles->append(ref.article);
    }
    QStringList ordered;
    for (const Article &a : model.articles) {
        if (articles->contains(a.id))
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
