#include "app/model/coded_claims.h"

#include "app/codebook/codebook_loader.h"

#include <QHash>

namespace CodedClaims {

namespace {

QString described(const Claim &c)
{
    return QStringLiteral("claim %1 (%2, %3 = %4, by %5)")
        .arg(c.id)
        .arg(c.country, c.dimension, c.value, c.coder);
}

} // namespace

QVector<Claim> place(const QVector<StoredClaim> &stored, const DocumentModel &model,
                     const QString &library, Problems *problems)
{
    QHash<QByteArray, const Article *> byText;
    QHash<QString, const Article *> byId;
    for (const Article &a : model.articles) {
        byText.insert(a.sha256, &a);
        byId.insert(a.id, &a);
    }
    const CodebookLoader checker(model.gazetteer, model.articles, model.dimensions);
    QVector<Claim> placed;
    for (const StoredClaim &s : stored) {
        Claim claim = s.claim;
        claim.codebook = library;
        const auto refuse = [&](const QString &why) {
            problems->append({library, 0, described(claim) + QStringLiteral(": ") + why});
        };
        const Article *article = byText.value(s.textSha256);
        if (!article) {
            refuse(byId.contains(claim.article)
                       ? QStringLiteral("the text of %1 has changed since it was coded, so its "
                                        "span would point at other words; it is not shown "
                                        "(select the words again to code them)")
                             .arg(byId.value(claim.article)->shownPath())
                       : QStringLiteral("it cites article \"%1\", which is not in the corpus")
                             .arg(claim.article));
            continue;
        }
        claim.article = article->id; // the same text may carry another id in this corpus
        if (claim.span.start < 0 || claim.span.end > article->text.size() ||
            claim.span.start >= claim.span.end || article->quote(claim.span) != claim.quote) {
            const QString span =
                s.storedSpan.isEmpty()
                    ? QStringLiteral("%1:%2").arg(claim.span.start).arg(claim.span.end)
                    : s.storedSpan;
            refuse(QStringLiteral("its span %1 does not hold its quote in %2")
                       .arg(span, article->shownPath()));
            continue;
        }
        if (const QString why = checker.refusal(claim); !why.isEmpty()) {
            refuse(why);
            continue;
        }
        placed.append(claim);
    }
    return placed;
}

QString refusal(const Claim &claim, const DocumentModel &model, const QVector<Claim> &existing)
{
    const Article *article = model.article(claim.article);
    if (!article)
        return QStringLiteral("no article \"%1\" in the corpus").arg(claim.article);
    if (claim.span.start < 0 || claim.span.end > article->text.size() ||
        claim.span.start >= claim.span.end)
        return QStringLiteral("the span %1:%2 is outside the text of %3 (0:%4)")
            .arg(claim.span.start)
            .arg(claim.span.end)
            .arg(claim.article)
            .arg(article->text.size());
    Claim checked = claim;
    checked.quote = article->quote(claim.span);
    if (const QString why =
            CodebookLoader(model.gazetteer, model.articles, model.dimensions).refusal(checked);
        !why.isEmpty())
        return why;
    for (const Claim &other : existing) {
        if (other.id != claim.id && other.sameAs(claim))
            return QStringLiteral("the same claim exists already (%1)")
                .arg(other.isCurated()
                         ? QStringLiteral("curated, %1 line %2").arg(other.codebook).arg(other.line)
                         : QStringLiteral("claim %1 by %2").arg(other.id).arg(other.coder));
    }
    return {};
}

} // namespace CodedClaims
