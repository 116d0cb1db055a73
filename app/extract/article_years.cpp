#include "app/extract/article_years.h"

#include <algorithm>

ArticleYears::ArticleYears(const Article &article, int referenceYear)
    : m_contextYear(article.contextYear())
    , m_referenceYear(referenceYear)
    , m_notAfter(article.meta.published.isValid() ? article.meta.published : article.meta.period.to)
{
    if (m_contextYear > 0)
        return;
    for (const DateMention &d : DateParser(0).find(article.text.view())) {
        if (d.yearExplicit)
            m_explicitYears.append({d.span.start, d.range.from.year()});
    }
}

int ArticleYears::yearAt(qsizetype offset) const
{
    if (m_explicitYears.isEmpty())
        return 0;
    const auto after =
        std::upper_bound(m_explicitYears.cbegin(), m_explicitYears.cend(), offset,
                         [](qsizetype at, const YearAt &y) { return at < y.offset; });
    return after == m_explicitYears.cbegin() ? after->year : std::prev(after)->year;
}

ArticleYears::Dates ArticleYears::datesIn(QStringView text, qsizetype offset) const
{
    Dates result;
    if (m_contextYear > 0) {
        result.dates = DateParser(m_contextYear, m_notAfter).find(text, offset);
        return result;
    }
    if (const int year = yearAt(offset)) {
        result.dates = DateParser(year).find(text, offset);
        return result;
    }
    result.dates = DateParser(m_referenceYear).find(text, offset);
    result.yearAssumed = std::any_of(result.dates.cbegin(), result.dates.cend(),
                                     [](const DateMention &d) { return !d.yearExplicit; });
    return result;
}
