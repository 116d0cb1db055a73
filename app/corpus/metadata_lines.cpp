#include "app/corpus/metadata_lines.h"

#include "app/corpus/date_parser.h"
#include "app/corpus/pcre_pattern.h"

#include <QRegularExpression>

#include <algorithm>

namespace MetadataLines {

namespace {

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;

const DateMention *onlyFullDate(const QVector<DateMention> &dates)
{
    if (dates.size() != 1 || !dates.first().yearExplicit ||
        dates.first().precision != DateMention::Precision::Day)
        return nullptr;
    return &dates.first();
}

// A by-line's pieces after the names, between bars or dashes: "By Jane Roe | Reuters | 4 March
// 2022" gives "Reuters" and "4 March 2022".
QList<QStringView> byLinePieces(QStringView line)
{
    static const PcrePattern separator(QStringLiteral("\\s+[|·•—–]\\s+"));
    QList<QStringView> pieces;
    qsizetype from = 0;
    for (auto it = separator.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        pieces.append(line.sliced(from, m.capturedStart() - from));
        from = m.capturedEnd();
    }
    pieces.append(line.sliced(from));
    return pieces.mid(1); // the first is the names
}

} // namespace

// "*Dniester Daily — 4 March 2022*", "_By Jane Roe — 3 March 2022_": a line in Markdown's
// emphasis, without it.
QStringView withoutEmphasis(QStringView line)
{
    for (const QLatin1String mark :
         {QLatin1String("**"), QLatin1String("__"), QLatin1String("*"), QLatin1String("_")}) {
        if (line.size() > 2 * mark.size() && line.startsWith(mark) && line.endsWith(mark))
            return line.sliced(mark.size(), line.size() - 2 * mark.size()).trimmed();
    }
    return line;
}

// Metadata lines are short: a long line is none, and is not searched.
constexpr qsizetype kLongestLine = 200;

QString authorOf(QStringView line)
{
    if (line.size() > kLongestLine)
        return {};
    // A name: two to four capitalised words ("Jane Roe", "Tatiana Kastouéva-Jean").
    static const QString name =
        QStringLiteral("\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,3}");
    static const PcrePattern authorLine(
        QStringLiteral("^(?:Author(?:s|\\(s\\))?|Written "
                       "by|By)\\s*:?\\s+(%1(?:(?:\\s*,\\s*|\\s*&\\s*|\\s+and\\s+)"
                       "%1)*)\\s*(?:[,|·•–—-].*)?$")
            .arg(name),
        kUnicode);
    const auto m = authorLine.match(withoutEmphasis(line.trimmed()));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString publisherOfByLine(QStringView line)
{
    if (authorOf(line).isEmpty())
        return {};
    // A piece of one to five capitalised words that is no date: "Reuters", "The Diplomat".
    static const PcrePattern name(
        QStringLiteral("^\\p{Lu}[\\p{L}.&'’-]*(?:\\s+[\\p{Lu}&][\\p{L}.&'’-]*){0,4}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (const QStringView piece : byLinePieces(withoutEmphasis(line.trimmed()))) {
        const QStringView t = piece.trimmed();
        if (name.match(t).hasMatch() && DateParser(0).find(t).isEmpty())
            return t.toString();
    }
    return {};
}

QDate byLineDate(QStringView line)
{
    for (const DateMention &d : DateParser(0).find(withoutEmphasis(line.trimmed()))) {
        if (d.yearExplicit && d.precision == DateMention::Precision::Day)
            return d.range.from;
    }
    return {};
}

Dateline datelineOf(QStringView line)
{
    if (line.size() > kLongestLine)
        return {};
    QStringView rest = line.trimmed();
    // "Published: 2022-03-02", "2022-03-02"
    static const PcrePattern iso(
        QStringLiteral("^(?:[A-Za-z ]{0,16}:\\s*)?(\\d{4}-\\d{2}-\\d{2})$"));
    if (const auto m = iso.match(rest); m.hasMatch())
        return {QDate::fromString(m.captured(1), Qt::ISODate), {}, {}};
    // A short note after a bar or a dot ("| 5 min read", "· Updated") is left out.
    static const PcrePattern note(QStringLiteral("\\s*[|·•]\\s*[^|·•]{0,30}$"));
    if (const auto m = note.match(rest); m.hasMatch() && m.capturedStart() > 0)
        rest = rest.first(m.capturedStart());
    rest = withoutEmphasis(rest);
    // "Astana, 10 March 2022": the place before the date. "Dniester Daily — 4 March 2022" (or
    // " - ", as typed; a hyphen with no space before it is inside a name): a name before a dash,
    // more often the publisher's than a place: the date is read, the name is not taken for a place.
    static const PcrePattern named(
        QStringLiteral(
            "^(\\p{Lu}[\\p{L}.'’]+(?:[ "
            "-]\\p{Lu}[\\p{L}.'’]+){0,2})(,|\\s*[—–]|\\s+-)\\s*(?=\\d|\\p{Lu}\\p{Ll}+\\s+\\d)"),
        kUnicode);
    Dateline result;
    bool afterAName = false;
    if (const auto m = named.match(rest); m.hasMatch()) {
        result.name = m.captured(1);
        if (m.captured(2) == QLatin1String(","))
            result.place = result.name;
        afterAName = true;
        rest = rest.mid(m.capturedEnd());
    }
    const auto dates = DateParser(0).find(rest);
    const DateMention *date = onlyFullDate(dates);
    // The line must be the date and little else ("31 March 2022", "Published: 2 May 2022.",
    // "Policy brief, 2 June 2022").
    if (!date || rest.size() - date->span.length() > (afterAName ? 12 : 16))
        return {};
    result.date = date->range.from;
    return result;
}

namespace {

// A menu or a trail of links, by its pieces and words alone: a by-line has such pieces too.
bool looksLikeNavigation(QStringView t)
{
    static const PcrePattern separators(QStringLiteral("\\s[|·•»›]\\s"));
    const bool hasSeparator = std::any_of(t.cbegin(), t.cend(), [](QChar c) {
        return c == QLatin1Char('|') || c == QChar(0x00B7) || c == QChar(0x2022) ||
               c == QChar(0x00BB) || c == QChar(0x203A);
    });
    if (hasSeparator && separators.match(t).hasMatch()) {
        // "Home | News | Analysis": every piece a word or three.
        static const QRegularExpression split(QStringLiteral("\\s*[|·•»›]\\s*"));
        bool short_ = true;
        for (const QString &piece : t.toString().split(split, Qt::SkipEmptyParts))
            short_ = short_ && piece.count(QLatin1Char(' ')) <= 2;
        if (short_)
            return true;
    }
    static const PcrePattern ui(
        QStringLiteral("^(home|menu|search|subscribe|sign in|log in|sign up|share|print|"
                       "newsletter|related|read more|skip to content)\\b.{0,40}$"),
        QRegularExpression::CaseInsensitiveOption);
    return ui.match(t).hasMatch() && t.size() <= 40 && !t.endsWith(QLatin1Char('.'));
}

} // namespace

bool isNavigation(QStringView line)
{
    if (line.size() > kLongestLine)
        return false;
    const QStringView t = line.trimmed();
    // "By Jane Roe | 2 March 2022" looks like navigation and is a by-line. (Asked in this
    // order, the by-line's and the dateline's expressions read only what looks like a menu.)
    return looksLikeNavigation(t) && authorOf(t).isEmpty() && !datelineOf(t).date.isValid();
}

bool isMetadataLine(QStringView line)
{
    // A by-line or a dateline; else navigation, which isNavigation would check for both again.
    if (!authorOf(line).isEmpty() || datelineOf(line).date.isValid())
        return true;
    return line.size() <= kLongestLine && looksLikeNavigation(line.trimmed());
}

} // namespace MetadataLines
