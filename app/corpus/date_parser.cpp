#include "app/corpus/date_parser.h"

#include "app/corpus/pcre_pattern.h"
#include "app/corpus/utf16_lanes.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace {

const QString kMonth = QStringLiteral(
    "(?:January|February|March|April|May|June|July|August|September|October|November|December)");
// Beside a day, a month may be abbreviated as the wire services write it: "Feb. 24", "24 Feb
// 2022", "Sept. 5". A bare month ("in March") is named in full.
// Each with its month; "Sept" before "Sep", as the expression tries them in order.
constexpr std::pair<const char *, int> kAbbreviations[] = {
    {"Jan", 1}, {"Feb", 2},  {"Mar", 3}, {"Apr", 4},  {"Jun", 6},  {"Jul", 7},
    {"Aug", 8}, {"Sept", 9}, {"Sep", 9}, {"Oct", 10}, {"Nov", 11}, {"Dec", 12}};
const QString kDayMonth = [] {
    QStringList letters;
    for (const auto &[abbreviation, month] : kAbbreviations)
        letters.append(QLatin1String(abbreviation));
    return QStringLiteral("(?:%1|(?:%2)(?:\\.|(?![A-Za-z])))").arg(kMonth, letters.join(u'|'));
}();
const QString kDash = QStringLiteral("\\s*[-–—]\\s*");

// "February 24", "February 24-28", "February 21 – March 3, 2022", "May 9, 1945", "June 29-July 1"
const PcrePattern &monthDayPattern()
{
    static const PcrePattern re(
        QStringLiteral("\\b(%1)\\s+(\\d{1,2})(?!\\d)(?:%2(?:(%1)\\s+)?(\\d{1,2})(?!\\d))?"
                       "(?:,?\\s+(\\d{4})\\b)?(?!\\s*(?:%1)(?![A-Za-z]))")
            .arg(kDayMonth, kDash));
    return re;
}

// "24 February", "2 March 2022", "24-28 February 2022", "21 February – 3 March 2022", "between 1
// and 5 March", "from 27 to 28 January"
const PcrePattern &dayMonthPattern()
{
    static const PcrePattern re(
        QStringLiteral(
            "\\b(\\d{1,2})(?:(?:%2|(?<=between \\d|between \\d\\d|from \\d|from \\d\\d)\\s+"
            "(?:and|to|until|till)\\s+)(\\d{1,2})(?:\\s+(%1))?)?\\s+"
            "(%1)(?:,?\\s+(\\d{4})\\b)?")
            .arg(kDayMonth, kDash));
    return re;
}

// "January 2022", "January-February 2022", "in March", "since June", a heading "March". The
// expression opens with the month's name, so PCRE2 passes over every place of the text where no
// month's first letter is; the cue before it ("in", "since") is looked for by cueBefore().
const PcrePattern &monthPattern()
{
    static const PcrePattern re(
        QStringLiteral("\\b(%1)(?:%2(%1))?(?:,?\\s+(\\d{4})\\b)?").arg(kMonth, kDash));
    return re;
}

// As the expressions read them (without Unicode properties): \s is a space or one of U+0009 to
// U+000D (tab, line feed, vertical tab, form feed, carriage return), and a word character an
// ASCII letter, digit or underscore.
bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == ' ' || (u >= 0x09 && u <= 0x0D);
}

bool isAsciiWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}

// Whether a month's name at `monthStart` has a cue before it, as "\b(in|…|mid-)\s+" before the
// name would match: one of the words at a word's start, then only spaces up to the name. The cue
// starts at `notBefore` or after (where the last date found ended, as a global match goes on).
bool cueBefore(QStringView text, qsizetype monthStart, qsizetype notBefore)
{
    static const QLatin1StringView cues[] = {
        QLatin1StringView("in"),     QLatin1StringView("In"),     QLatin1StringView("since"),
        QLatin1StringView("Since"),  QLatin1StringView("by"),     QLatin1StringView("By"),
        QLatin1StringView("until"),  QLatin1StringView("Until"),  QLatin1StringView("of"),
        QLatin1StringView("during"), QLatin1StringView("During"), QLatin1StringView("early"),
        QLatin1StringView("late"),   QLatin1StringView("mid-")};
    qsizetype end = monthStart;
    while (end > notBefore && isAsciiSpace(text.at(end - 1)))
        --end;
    if (end == monthStart)
        return false;
    for (const QLatin1StringView cue : cues) {
        const qsizetype start = end - cue.size();
        if (start < notBefore || text.sliced(start, cue.size()) != cue)
            continue;
        if (start == 0 || !isAsciiWordCharacter(text.at(start - 1)))
            return true;
    }
    return false;
}

// The months' names, January first.
const QStringList &monthNames()
{
    static const QStringList names = {
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    return names;
}

// Whether a month's name starts at `i` (whose letter is a capital). ("Minsk", "Moscow",
// "Armenia"…: the first two letters rule out most names.)
bool monthNameAt(QStringView text, qsizetype i)
{
    switch (text[i].unicode()) {
    case 'J':
    case 'F':
    case 'M':
    case 'A':
    case 'S':
    case 'O':
    case 'N':
    case 'D':
        for (const QString &name : monthNames()) {
            if (i + name.size() <= text.size() && text[i] == name[0] && text[i + 1] == name[1] &&
                text.sliced(i).startsWith(name))
                return true;
        }
        // Else an abbreviation the day forms read ("Feb", "Sept"): a word of its own.
        for (qsizetype end = i + 1; end <= i + 4; ++end) {
            if (end == text.size() || !text[end].isLetter())
                return DateParser::abbreviatedMonth(text.sliced(i, end - i)) > 0;
        }
        return false;
    default:
        return false;
    }
}

// Every form of date names a month: a text that names none (most sentences) needs no regular
// expression at all. One pass over the capitals, where a month's name could start: eight
// characters at a time where the processor can (SSE2), as most are none.
bool namesAMonth(QStringView text)
{
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    using namespace Utf16Lanes;
    for (; i + 8 <= n; i += 8) {
        // Two bits a capital: the lowest of each pair is cleared with the other.
        for (unsigned capitals = bits(inRange(load(units + i), 'A', 'Z')); capitals != 0;
             capitals &= capitals - 1, capitals &= capitals - 1) {
            if (monthNameAt(text, i + firstLane(capitals)))
                return true;
        }
    }
#endif
    for (; i < n; ++i) {
        if (monthNameAt(text, i))
            return true;
    }
    return false;
}

bool overlaps(const DateMention &m, qsizetype start, qsizetype end)
{
    return m.span.start < end && start < m.span.end;
}

} // namespace

DateParser::DateParser(int contextYear, QDate notAfter)
    : m_contextYear(contextYear)
    , m_notAfter(notAfter)
{}

int DateParser::monthNumber(QStringView name)
{
    const QStringList &names = monthNames();
    for (int i = 0; i < names.size(); ++i) {
        if (name == names.at(i))
            return i + 1;
    }
    // "Feb.", "Feb", "Sept.": the abbreviations kDayMonth reads.
    return abbreviatedMonth(name.endsWith(QLatin1Char('.')) ? name.chopped(1) : name);
}

int DateParser::abbreviatedMonth(QStringView letters)
{
    for (const auto &[abbreviation, month] : kAbbreviations) {
        if (letters == QLatin1String(abbreviation))
            return month;
    }
    return 0;
}

int DateParser::resolveYear(int month, int day, const QString &explicitYear, bool *isExplicit) const
{
    *isExplicit = !explicitYear.isEmpty();
    if (*isExplicit)
        return explicitYear.toInt();
    if (m_contextYear <= 0)
        return 0;
    const QDate candidate(m_contextYear, month, std::max(day, 1));
    if (m_notAfter.isValid() && candidate.isValid() && candidate > m_notAfter.addDays(7))
        return m_contextYear - 1;
    return m_contextYear;
}

QVector<DateMention> DateParser::find(QStringView text, qsizetype offset,
                                      QVector<TextSpan> *impossible) const
{
    QVector<DateMention> found;
    if (!namesAMonth(text))
        return found;
    const qsizetype firstImpossible = impossible ? impossible->size() : 0;
    // Day forms are accepted in order of their start, then month forms (also in order) fill the
    // gaps, so overlaps are looked up by binary search among the days and against the last
    // month only: a pasted page with thousands of dates stays linear, not quadratic.
    qsizetype dayCount = 0;
    auto add = [&](qsizetype start, qsizetype end, QDate from, QDate to,
                   DateMention::Precision precision, bool yearExplicit) {
        if (!from.isValid() || !to.isValid() || to < from)
            return;
        start += offset;
        end += offset;
        const auto days = found.cbegin() + dayCount;
        const auto next =
            std::lower_bound(found.cbegin(), days, start,
                             [](const DateMention &m, qsizetype s) { return m.span.end <= s; });
        if (next != days && overlaps(*next, start, end))
            return;
        if (found.size() > dayCount && overlaps(found.last(), start, end))
            return;
        found.append({{start, end}, {from, to}, precision, yearExplicit});
        if (precision == DateMention::Precision::Day)
            dayCount = found.size();
    };

    // Day-precision forms first, longest match wins; month forms only fill the gaps.
    struct Candidate {
        qsizetype start, end;
        QDate from, to;
        bool yearExplicit;
    };
    QVector<Candidate> days;
    // A day number a calendar could hold (1–31) that this month does not: a wrong date, as
    // opposed to "March 50 people", which is no date at all.
    auto collect = [&](const PcreMatch &m, int year, int m1, int d1, int m2, int d2) {
        const int y = year > 0 ? year : 2000; // 2000 is a leap year: only impossible days fail
        const bool daysLookValid = d1 >= 1 && d1 <= 31 && d2 >= 1 && d2 <= 31;
        if (QDate(y, m1, d1).isValid() && QDate(y, m2, d2).isValid()) {
            if (year > 0)
                days.append({m.capturedStart(), m.capturedEnd(), QDate(year, m1, d1),
                             QDate(year, m2, d2), !m.captured(5).isEmpty()});
        } else if (impossible && daysLookValid) {
            impossible->append({m.capturedStart() + offset, m.capturedEnd() + offset});
        }
    };
    for (auto it = monthDayPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int m1 = monthNumber(m.capturedView(1));
        const int d1 = m.capturedView(2).toInt();
        const int m2 = m.capturedView(3).isEmpty() ? m1 : monthNumber(m.capturedView(3));
        const int d2 = m.capturedView(4).isEmpty() ? d1 : m.capturedView(4).toInt();
        bool yearExplicit = false;
        collect(m, resolveYear(m1, d1, m.captured(5), &yearExplicit), m1, d1, m2, d2);
    }
    for (auto it = dayMonthPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int m2 = monthNumber(m.capturedView(4));
        const int m1 = m.capturedView(3).isEmpty() ? m2 : monthNumber(m.capturedView(3));
        const int d1 = m.capturedView(1).toInt();
        const int d2 = m.capturedView(2).isEmpty() ? d1 : m.capturedView(2).toInt();
        bool yearExplicit = false;
        collect(m, resolveYear(m1, d1, m.captured(5), &yearExplicit), m1, d1, m2, d2);
    }
    std::sort(days.begin(), days.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    for (const Candidate &c : days)
        add(c.start, c.end, c.from, c.to, DateMention::Precision::Day, c.yearExplicit);

    const bool wholeTextIsMonth = monthNumber(text.trimmed()) > 0;
    qsizetype lastEnd = 0; // where the month form found last ends
    for (auto it = monthPattern().globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype notBefore = std::exchange(lastEnd, m.capturedEnd());
        const bool hasYear = !m.capturedView(3).isEmpty();
        // "May" and "March" are also ordinary words: a bare month needs a cue or a year.
        if (!hasYear && !wholeTextIsMonth && !cueBefore(text, m.capturedStart(), notBefore))
            continue;
        const int m1 = monthNumber(m.capturedView(1));
        const int m2 = m.capturedView(2).isEmpty() ? m1 : monthNumber(m.capturedView(2));
        bool yearExplicit = false;
        const int year = resolveYear(m1, 1, m.captured(3), &yearExplicit);
        if (year <= 0)
            continue;
        const QDate from(year, m1, 1);
        const QDate to = QDate(year, m2, 1).addMonths(1).addDays(-1);
        add(m.capturedStart(), m.capturedEnd(), from, to, DateMention::Precision::Month,
            yearExplicit);
    }
    std::sort(found.begin(), found.end(), [](const DateMention &a, const DateMention &b) {
        return a.span.start < b.span.start;
    });
    if (impossible) {
        std::sort(impossible->begin() + firstImpossible, impossible->end(),
                  [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    }
    return found;
}
