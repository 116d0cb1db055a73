#include "chart_evidence.h"

#include "codebook/dimensions.h"

namespace ChartEvidence {

QVector<EvidenceRef> ofPosition(const Position &position)
{
    QVector<EvidenceRef> refs;
    for (const Claim &c : position.claims)
        refs.append({Dimensions::valueLabel(c.dimension, c.value), c.article, c.span, c.quote});
    return refs;
}

EvidenceRef ofEvent(const Event &event)
{
    return {event.type + QStringLiteral(", ") + event.date.from.toString(Qt::ISODate),
            event.article, event.span, event.text};
}

QVector<EvidenceRef> ofMentions(const DocumentModel &model, const QString &entity, int article)
{
    QVector<EvidenceRef> refs;
    const Article &a = model.articles.at(article);
    for (const Mention &m : model.mentions.at(article)) {
        if (m.entity != entity)
            continue;
        const TextSpan span = m.sentence >= 0 ? a.sentences.at(m.sentence).span : m.span;
        refs.append({a.slice(m.span).toString(), a.id, span, a.slice(span).toString()});
    }
    return refs;
}

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

} // namespace ChartEvidence
