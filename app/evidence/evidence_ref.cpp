#include "app/evidence/evidence_ref.h"

#include "app/codebook/dimensions.h"
#include "app/positions/claim_dating.h"

QString EvidenceRef::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Claim:
        return QStringLiteral("claim");
    case Kind::Event:
        return QStringLiteral("event");
    case Kind::Mention:
        return QStringLiteral("mention");
    }
    return {};
}

namespace Evidence {

EvidenceRef ofClaim(const Claim &claim, const Dimensions &dimensions)
{
    EvidenceRef ref;
    ref.kind = EvidenceRef::Kind::Claim;
    ref.label = dimensions.valueLabel(claim.dimension, claim.value);
    ref.article = claim.article;
    ref.span = claim.span;
    ref.text = claim.quote;
    ref.date = claim.date;
    ref.country = claim.country;
    ref.dimension = claim.dimension;
    ref.value = claim.value;
    ref.note = claim.note;
    if (claim.doubtful)
        ref.note = QStringLiteral("\u26A0 The codebook doubts this claim; it cannot make the "
                                  "value unanimous.") +
                   (ref.note.isEmpty() ? QString() : QLatin1Char(' ') + ref.note);
    ref.repeats = !claim.repeats.isEmpty();
    if (!claim.repeats.isEmpty())
        ref.note = QStringLiteral("Repeats a passage of %1 (the same author or publisher): "
                                  "counted once, as one source.")
                       .arg(claim.repeats) +
                   (ref.note.isEmpty() ? QString() : QLatin1Char(' ') + ref.note);
    ref.claim = claim.id;
    ref.coder = claim.coder;
    ref.coded = claim.coded;
    return ref;
}

QVector<EvidenceRef> ofPosition(const Position &position, const Dimensions &dimensions)
{
    QVector<EvidenceRef> refs;
    for (const Claim &c : position.claims)
        refs.append(ofClaim(c, dimensions));
    return refs;
}

EvidenceRef ofEvent(const Event &event)
{
    EvidenceRef ref;
    ref.kind = EvidenceRef::Kind::Event;
    ref.date = ClaimDating::ofEvent(event);
    ref.label = event.type + QStringLiteral(", ") + ref.date.text(); // "Mar 2022": month only
    if (event.yearAssumed)
        ref.label += QStringLiteral(" (year assumed)");
    ref.article = event.article;
    ref.span = event.span;
    return ref;
}

QString textOf(const EvidenceRef &ref, const DocumentModel &model)
{
    return ref.text.isEmpty() ? wordsAt(model, ref.article, ref.span) : ref.text;
}

QString wordsAt(const DocumentModel &model, const QString &article, const TextSpan &span)
{
    const Article *a = model.article(article);
    return a ? a->quote(span) : QString();
}

QVector<EvidenceRef> ofMentions(const DocumentModel &model, const QString &entity, int article)
{
    QVector<EvidenceRef> refs;
    const Article &a = model.articles.at(article);
    for (const Mention &m : model.mentions.at(article)) {
        if (m.entity() != entity)
            continue;
        EvidenceRef ref;
        ref.kind = EvidenceRef::Kind::Mention;
        ref.label = a.quote(m.span);
        ref.article = a.id;
        ref.span = m.sentence >= 0 ? a.sentences.at(m.sentence).span : m.span;
        ref.text = a.quote(ref.span);
        ref.date = SourceDate::ofArticle(a.meta);
        ref.country = entity;
        refs.append(ref);
    }
    return refs;
}

} // namespace Evidence
