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
    // The event of the clause that holds the quote's start, when it is about the claim's
    // country: "Moldova and Georgia have condemned the invasion; the former … was granted
    // candidate status in June 2022" dates the status, not the condemnation.
    for (const Event &event : events) {
        if (event.article != claim.article || !event.span.contains(claim.span.start))
            continue;
        if (claim.country.isEmpty() || event.countries.contains(claim.country))
            return ofEvent(event);
    }
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
