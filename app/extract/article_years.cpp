#include "app/extract/article_years.h"

#include "app/corpus/pcre_pattern.h"

#include <algorithm>

namespace {

// Whether a weekday at `span` is part of a date found already ("Tuesday, 1 March", "1 March,
// Tuesday"): then the date is that date's alone.
bool besideADate(const TextSpan &span, const QVector<DateMention> &dates)
{
    return std::any_of(dates.cbegin(), dates.cend(), [&](const DateMention &d) {
        return d.span.start - span.end <= 3 && span.start - d.span.end <= 3;
    });
}

// Whether `clause` tells of what is still to come ("will vote on Friday", "is due to meet",
// "plans to"): a weekday in it is one of the days ahead, which the week before cannot date.
bool speaksOfTheFuture(QStringView clause)
{
    static const PcrePattern future(QStringLiteral(
        "\\b(?:will|shall|(?:is|are|was|were) (?:due |set |scheduled |expected )?to|due to|"
        "expected to|plans? to|planned to|scheduled|going to)\\b|[’']ll\\b"));
    return future.match(clause).hasMatch();
}

// "on Tuesday", "Tuesday", "last Tuesday": the day of that name in the week up to `published`
// (the day itself included, but for "last"). These date nothing: "next Tuesday", "every
// Tuesday", "this Tuesday", "by/until/before/from Tuesday" (a limit or a start, often ahead),
// "Tuesday's vote" (a thing's name), "Tuesdays", a weekday in a name ("Good Friday", "Super
// Tuesday": after a capitalised word other than "On" and "Last"), and any in a clause that
// speaks of the future. Added to `dates`, which stay in text order.
void addWeekdays(QStringView text, qsizetype offset, QDate published, QVector<DateMention> *dates)
{
    if (!text.contains(QLatin1String("day")))
        return; // every weekday's name ends so: most clauses are passed over here
    static const PcrePattern weekday(
        QStringLiteral(
            "(?:\\b(\\p{L}+)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
            "(?!['’]s\\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList names = {QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                      QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                      QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                      QStringLiteral("Sunday")};
    static const QStringList notADay = {QStringLiteral("next"),   QStringLiteral("coming"),
                                        QStringLiteral("every"),  QStringLiteral("each"),
                                        QStringLiteral("this"),   QStringLiteral("by"),
                                        QStringLiteral("until"),  QStringLiteral("till"),
                                        QStringLiteral("before"), QStringLiteral("from")};
    if (speaksOfTheFuture(text))
        return;
    const QVector<DateMention> found = *dates;
    for (auto it = weekday.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString before = m.captured(1).toLower();
        if (notADay.contains(before))
            continue;
        const bool last = before == QLatin1String("last");
        if (!m.capturedView(1).isEmpty() && m.capturedView(1).front().isUpper() && !last &&
            before != QLatin1String("on"))
            continue; // "Good Friday", "Super Tuesday"
        const qsizetype start = last ? m.capturedStart(1) : m.capturedStart(2);
        const TextSpan span{offset + start, offset + m.capturedEnd()};
        if (besideADate(span, found))
            continue;
        const int dayOfWeek = int(names.indexOf(m.captured(2))) + 1; // Monday is 1
        int back = (published.dayOfWeek() - dayOfWeek + 7) % 7;
        if (back == 0 && last)
            back = 7; // "last Thursday", said on a Thursday: a week before
        DateMention date;
        date.span = span;
        date.range = {published.addDays(-back), published.addDays(-back)};
        date.precision = DateMention::Precision::Day;
        const auto at = std::upper_bound(
            dates->begin(), dates->end(), span.start,
            [](qsizetype start, const DateMention &d) { return start < d.span.start; });
        dates->insert(at, date);
    }
}

} // namespace

ArticleYears::ArticleYears(const Article &article, int referenceYear)
    : m_contextYear(article.contextYear())
    , m_referenceYear(referenceYear)
    , m_notAfter(article.meta.published.isValid() ? article.meta.published : article.meta.period.to)
    , m_published(article.meta.published)
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
        if (m_published.isValid())
            addWeekdays(text, offset, m_published, &result.dates);
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
