#include "app/charts/chart_evidence.h"

#include <vector>

#include <QSet>

namespace ChartEvidence {

void collectArticles(const DocumentModel &model, const QVector<EvidenceRef> &refs,
                     QStringList *articles)
{
    // Marks by place in the corpus, not a set of ids: a timeline of a big library has tens of
    // thousands of refs, and the corpus tens of thousands of articles to list them in order of.
    std::vector<bool> wanted(model.articles.size(), false);
    const auto mark = [&](const QString &id) {
        if (const int i = model.articleIndex(id); i >= 0)
            wanted[std::size_t(i)] = true;
    };
    for (const QString &id : std::as_const(*articles))
        mark(id);
    QString last; // refs come in runs from one article: each run is looked up once
    for (const EvidenceRef &ref : refs) {
        if (ref.article == last)
            continue;
        last = ref.article;
        mark(ref.article);
    }
    QStringList ordered;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        if (wanted[i])
            ordered.append(model.articles.at(qsizetype(i)).id);
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
