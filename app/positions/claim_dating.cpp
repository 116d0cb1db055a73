#include "app/positions/claim_dating.h"

#include <QHash>

namespace ClaimDating {

SourceDate ofEvent(const Event &event)
{
    SourceDate date;
    date.basis = SourceDate::Basis::Statement;
    date.range = event.date;
    date.precision = event.precision;
    return date;
}

SourceDate of(const Claim &claim, const QVector<Event> &events, const ArticleMetadata *article)
{
    // The event whose sentence holds the quote's start; else the first one the quote reaches.
    // Only an event about the claim's country: a sentence may date another country's step.
    const Event *found = nullptr;
    for (const Event &event : events) {
        if (event.article != claim.article || event.span.end <= claim.span.start ||
            event.span.start >= claim.span.end)
            continue;
        if (!claim.country.isEmpty() && !event.countries.contains(claim.country))
            continue;
        if (event.span.contains(claim.span.start))
            return ofEvent(event);
        if (!found || event.span.start < found->span.start)
            found = &event;
    }
    if (found)
        return ofEvent(*found);
    return article ? SourceDate::ofArticle(*article) : SourceDate{};
}

void apply(QVector<Claim> &claims, const QVector<Event> &events, const QVector<Article> &articles)
{
    QHash<QString, const ArticleMetadata *> byId;
    for (const Article &article : articles)
        byId.insert(article.id, &article.meta);
    for (Claim &claim : claims)
        claim.date = of(claim, events, byId.value(claim.article));
}

} // namespace ClaimDating
