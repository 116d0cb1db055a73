#include "app/extract/article_years.h"

#include "app/corpus/pcre_pattern.h"

#include <algorithm>
#include <span>

namespace {

// Whether a weekday at `span` is part of a date found already ("Tuesday, 1 March", "1 March,
// Tuesday"): then the date is that date's alone.
bool besideADate(const TextSpan &span, const QVector<DateMention> &dates)
{
    return std::any_of(dates.cbegin(), dates.cend(), [&](const DateMention &d) {
        return d.span.start - span.end <= 3 && span.start - d.span.end <= 3;
    });
}

// Whether the weekday at `at` in `clause` is one of the days ahead: a word of the future comes
// before it ("will vote on Friday", "is due to meet on Monday", "plans to") with no past verb
// of saying between them ("…will not recognise them, an official said on Thursday" is past).
bool isAhead(QStringView clause, qsizetype at)
{
    static const PcrePattern future(QStringLiteral(
        "\\b(?:will|shall|(?:is|are|was|were) (?:due |set |scheduled |expected |going )?to|due to|"
        "expected to|plans? to|planned to|scheduled)\\b|[’']ll\\b"));
    static const PcrePattern saying(QStringLiteral(
        "\\b(?:said|told|announced|stated|added|noted|reported|confirmed|wrote|declared)\\b"));
    const QStringView before = clause.first(at);
    qsizetype lastFuture = -1;
    for (auto it = future.globalMatch(before); it.hasNext();)
        lastFuture = it.next().capturedEnd();
    return lastFuture >= 0 && !saying.match(before.sliced(lastFuture)).hasMatch();
}

// The weekdays named in `text`, as whole words ("Tuesdays" is none, nor "Tuesday's": a thing's
// name), each with its number (Monday 1). Found at each "day", by the "y" that the SIMD search
// for one character looks for.
QVector<std::pair<TextSpan, int>> weekdaysIn(QStringView text)
{
    static const QStringList names = {QStringLiteral("Monday"),    QStringLiteral("Tuesday"),
                                      QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
                                      QStringLiteral("Friday"),    QStringLiteral("Saturday"),
                                      QStringLiteral("Sunday")};
    QVector<std::pair<TextSpan, int>> found;
    for (qsizetype y = text.indexOf(QLatin1Char('y'), 5); y >= 0;
         y = text.indexOf(QLatin1Char('y'), y + 1)) {
        if (text.at(y - 1) != QLatin1Char('a') || text.at(y - 2) != QLatin1Char('d'))
            continue;
        const qsizetype end = y + 1;
        qsizetype start = y - 2;
        while (start > 0 && text.at(start - 1).isLetter())
            --start;
        if (end < text.size() && text.at(end).isLetterOrNumber())
            continue;
        const QStringView after = text.sliced(end);
        if ((after.startsWith(QLatin1String("'s")) || after.startsWith(u"’s")) &&
            (after.size() == 2 || !after.at(2).isLetterOrNumber()))
            continue; // "Tuesday's vote"
        const qsizetype number = names.indexOf(text.sliced(start, end - start));
        if (number >= 0)
            found.append({{start, end}, int(number) + 1});
    }
    return found;
}

// The word right before `at` in `text` (across spaces), and where it starts.
std::pair<QStringView, qsizetype> wordBefore(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    return {text.sliced(start, end - start), start};
}

// The word right after `at` in `text` (across spaces).
QStringView wordAfter(QStringView text, qsizetype at)
{
    qsizetype start = at;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = start;
    while (end < text.size() && text.at(end).isLetter())
        ++end;
    return text.sliced(start, end - start);
}

// "Kazakhstan Tuesday said…", "Moldova Friday applied…": a weekday between a capitalised subject
// and its verb in the past dates the verb, as "on Tuesday" would. A verb in the past ends in
// "-ed" or is one of the common irregular ones a report uses.
bool opensAPastVerb(QStringView word)
{
    static const QStringList irregular = {
        QStringLiteral("said"),  QStringLiteral("met"),   QStringLiteral("sent"),
        QStringLiteral("told"),  QStringLiteral("held"),  QStringLiteral("made"),
        QStringLiteral("gave"),  QStringLiteral("took"),  QStringLiteral("spoke"),
        QStringLiteral("wrote"), QStringLiteral("began"), QStringLiteral("became"),
        QStringLiteral("froze"), QStringLiteral("left"),  QStringLiteral("sought")};
    if (word.isEmpty() || !word.front().isLower())
        return false;
    return (word.size() > 3 && word.endsWith(QLatin1String("ed"))) || irregular.contains(word);
}

// "on Tuesday", "Tuesday", "last Tuesday": the day of that name in the week up to `published`
// (the day itself included, but for "last"). These date nothing: "next Tuesday", "every
// Tuesday", "this Tuesday", "by/until/before/from Tuesday" (a limit or a start, often ahead),
// "Tuesday's vote" (a thing's name), "Tuesdays", a weekday in a name ("Good Friday", "Super
// Tuesday": after a capitalised word other than "On" and "Last", unless a verb in the past
// follows: "Kazakhstan Tuesday said"), and one of the days ahead
// (isAhead). Added to `dates`, which stay in text order.
void addWeekdays(QStringView text, qsizetype offset, QDate published,
                 std::span<const std::pair<TextSpan, int>> weekdays, QVector<DateMention> *dates)
{
    static const QStringList notADay = {QStringLiteral("next"),   QStringLiteral("coming"),
                                        QStringLiteral("every"),  QStringLiteral("each"),
                                        QStringLiteral("this"),   QStringLiteral("by"),
                                        QStringLiteral("until"),  QStringLiteral("till"),
                                        QStringLiteral("before"), QStringLiteral("from")};
    const QVector<DateMention> found = *dates;
    for (const auto &[inArticle, dayOfWeek] : weekdays) {
        const TextSpan named{inArticle.start - offset, inArticle.end - offset};
        if (isAhead(text, named.start))
            continue;
        const auto [word, wordStart] = wordBefore(text, named.start);
        const QString before = word.toString().toLower();
        if (notADay.contains(before))
            continue;
        const bool last = before == QLatin1String("last");
        if (!word.isEmpty() && word.front().isUpper() && !last && before != QLatin1String("on") &&
            !opensAPastVerb(wordAfter(text, named.end)))
            continue; // "Good Friday", "Super Tuesday"
        const TextSpan span{offset + (last ? wordStart : named.start), offset + named.end};
        if (besideADate(span, found))
            continue;
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
    if (m_published.isValid())
        m_weekdays = weekdaysIn(article.text.view()); // the text scanned once, not each clause
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
        // The weekdays of this clause, of those the article names (most name none).
        const auto first = std::lower_bound(
            m_weekdays.cbegin(), m_weekdays.cend(), offset,
            [](const std::pair<TextSpan, int> &w, qsizetype at) { return w.first.start < at; });
        auto last = first;
        while (last != m_weekdays.cend() && last->first.end <= offset + text.size())
            ++last;
        if (first != last)
            addWeekdays(text, offset, m_published, std::span(first, last), &result.dates);
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
