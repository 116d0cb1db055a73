#include "app/corpus/text_structure.h"

#include "app/corpus/date_parser.h"
#include "app/corpus/metadata_lines.h"
#include "app/corpus/subject_check.h"
#include "app/corpus/utf16_lanes.h"

#include <QSet>

#include <algorithm>

namespace {

const QString kBulletMarkers = QStringLiteral("•·▪◦‣*–-");
const QString kClosers = QStringLiteral("\"'”’)]»");
const QString kOpeners = QStringLiteral("\"'“‘([«");

bool endsSentence(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
           c == QChar(0x2026);
}

// The first place at or after `from` (before `end`) of a character a sentence's reading stops
// at (a bracket, or one that may end a sentence), or `end` when there is none. Eight characters
// at a time where the processor can (SSE2): most characters of a paragraph are none of these.
qsizetype nextBracketOrEnding(const char16_t *units, qsizetype from, qsizetype end)
{
    qsizetype at = from;
#if defined(__SSE2__)
    using namespace Utf16Lanes;
    for (; at + 8 <= end; at += 8) {
        const __m128i u = load(units + at);
        const __m128i found = _mm_or_si128(_mm_or_si128(_mm_or_si128(equal(u, '('), equal(u, ')')),
                                                        _mm_or_si128(equal(u, '.'), equal(u, '!'))),
                                           _mm_or_si128(equal(u, '?'), equal(u, 0x2026)));
        if (const int lane = firstLane(bits(found)); lane >= 0)
            return at + lane;
    }
#endif
    for (; at < end; ++at) {
        const QChar c(units[at]);
        if (c == QLatin1Char('(') || c == QLatin1Char(')') || endsSentence(c))
            return at;
    }
    return end;
}

// The first line feed or carriage return at or after `from` (before `end`), or `end`: eight
// characters at a time where the processor can (SSE2).
qsizetype nextLineBreak(const char16_t *units, qsizetype from, qsizetype end)
{
    qsizetype at = from;
#if defined(__SSE2__)
    using namespace Utf16Lanes;
    for (; at + 8 <= end; at += 8) {
        const __m128i u = load(units + at);
        if (const int lane = firstLane(bits(_mm_or_si128(equal(u, '\n'), equal(u, '\r'))));
            lane >= 0)
            return at + lane;
    }
#endif
    while (at < end && units[at] != u'\n' && units[at] != u'\r')
        ++at;
    return at;
}

// Words after which a full stop does not end a sentence.
bool isAbbreviation(QStringView word)
{
    static const QSet<QString> known = {
        QStringLiteral("Mr"),  QStringLiteral("Ms"),    QStringLiteral("Mrs"),
        QStringLiteral("Dr"),  QStringLiteral("St"),    QStringLiteral("Gen"),
        QStringLiteral("Col"), QStringLiteral("Lt"),    QStringLiteral("Prof"),
        QStringLiteral("No"),  QStringLiteral("vs"),    QStringLiteral("etc"),
        QStringLiteral("e.g"), QStringLiteral("i.e"),   QStringLiteral("U.S"),
        QStringLiteral("U.N"), QStringLiteral("approx")};
    static const qsizetype longest =
        std::max_element(known.cbegin(), known.cend(), [](const QString &a, const QString &b) {
            return a.size() < b.size();
        })->size();
    if (word.size() == 1 && word.front().isUpper())
        return true; // an initial, as in "A. Lukashenko"
    // (A longer word is not looked up: most words before a full stop are.)
    return word.size() <= longest &&
           (known.contains(word.toString()) || DateParser::abbreviatedMonth(word) > 0);
}

// "…applied on 22 Feb. The decision…": the stop of a month's abbreviation after a day's number
// ends the sentence when a word follows, not a year ("22 Feb. 2022"). Before a day ("Feb. 24")
// it does not. `wordStart` is where the abbreviation starts, `next` the character after its
// stop.
bool stopEndsSentenceAfterDay(QStringView text, qsizetype wordStart, QStringView word, QChar next)
{
    if (next.isDigit() || DateParser::abbreviatedMonth(word) == 0)
        return false;
    qsizetype at = wordStart;
    if (at == 0 || !text.at(at - 1).isSpace())
        return false;
    while (at > 0 && text.at(at - 1).isSpace())
        --at;
    qsizetype digits = 0;
    while (at > 0 && text.at(at - 1).isDigit()) {
        --at;
        ++digits;
    }
    return digits >= 1 && digits <= 2 && (at == 0 || !text.at(at - 1).isLetterOrNumber());
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool endsWithTerminal(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.isEmpty() || endsSentence(t.back()) || QStringLiteral(":;\"”’)").contains(t.back());
}

bool looksLikeHeading(QStringView paragraph)
{
    const QStringView t = paragraph.trimmed();
    if (t.isEmpty() || t.size() > 90 || endsWithTerminal(t))
        return false;
    for (const QChar c : t) {
        if (c.isLetter())
            return true;
    }
    return false;
}

// The length of a Markdown heading's opening marks with the spaces after them ("## "), else 0.
qsizetype headingMarksLength(QStringView paragraph)
{
    qsizetype n = 0;
    while (n < paragraph.size() && n < 7 && paragraph.at(n) == QLatin1Char('#'))
        ++n;
    if (n == 0 || n > 6 || n >= paragraph.size() || !paragraph.at(n).isSpace())
        return 0; // "#hashtag", "####### seven" are words
    while (n < paragraph.size() && paragraph.at(n).isSpace())
        ++n;
    return n;
}

// A heading's closing marks ("A heading ##") are not its words either: the paragraph's end
// before them and the spaces before them.
qsizetype endBeforeClosingMarks(QStringView paragraph)
{
    qsizetype end = paragraph.size();
    while (end > 0 && paragraph.at(end - 1) == QLatin1Char('#'))
        --end;
    if (end == paragraph.size() || end == 0 || !paragraph.at(end - 1).isSpace())
        return paragraph.size(); // "C#", "No. #": the marks belong to a word
    while (end > 0 && paragraph.at(end - 1).isSpace())
        --end;
    return end;
}

} // namespace

bool TextStructure::isBulletStart(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.size() >= 2 && kBulletMarkers.contains(t.front()) && t.at(1).isSpace();
}

QVector<TextSpan> TextStructure::splitParagraphs(const QString &text)
{
    // A paragraph is a line; a hard-wrapped line that stops mid-sentence continues on the next.
    QVector<TextSpan> result;
    qsizetype pos = 0;
    bool joinNext = false;
    while (pos < text.size()) {
        const qsizetype eol = nextLineBreak(QStringView(text).utf16(), pos, text.size());
        const QStringView line = QStringView(text).mid(pos, eol - pos);
        if (!isBlank(line)) {
            qsizetype start = pos;
            while (text.at(start).isSpace())
                ++start;
            qsizetype end = eol;
            while (end > start && text.at(end - 1).isSpace())
                --end;
            // A by-line or a dateline after a headline is a line of its own (in the article's
            // head only: further down, a wrapped sentence may end with a date).
            if (joinNext && !result.isEmpty() && !isBulletStart(line) &&
                (result.size() >= MetadataLines::kHeadLines ||
                 !MetadataLines::isMetadataLine(line)))
                result.last().end = end;
            else
                result.append({start, end});
            const QStringView current = QStringView(text).mid(start, end - start);
            joinNext = current.size() >= 50 && !endsWithTerminal(current);
        } else {
            joinNext = false;
        }
        pos = eol;
        if (pos < text.size() && text.at(pos) == QLatin1Char('\r'))
            ++pos;
        if (pos < text.size() && text.at(pos) == QLatin1Char('\n'))
            ++pos;
    }
    return result;
}

QVector<TextSpan> TextStructure::splitSentences(const QString &text, const TextSpan &paragraph)
{
    QVector<TextSpan> result;
    qsizetype start = paragraph.start;
    qsizetype paragraphEnd = paragraph.end;
    const QStringView whole = QStringView(text).mid(paragraph.start, paragraph.length());
    if (isBulletStart(whole)) {
        start += 1;
        while (start < paragraph.end && text.at(start).isSpace())
            ++start;
    } else if (const qsizetype marks = headingMarksLength(whole); marks > 0) {
        // "## On 3 March, Armenia abstained ##": the heading's words, without Markdown's marks.
        start += marks;
        paragraphEnd = paragraph.start + endBeforeClosingMarks(whole);
    }
    auto addSentence = [&](qsizetype end) {
        while (end > start && text.at(end - 1).isSpace())
            --end;
        if (end > start)
            result.append({start, end});
    };
    int parentheses = 0; // a full stop inside brackets does not end the sentence
    for (qsizetype i = start; i < paragraphEnd; ++i) {
        // The characters passed over change nothing below.
        i = nextBracketOrEnding(QStringView(text).utf16(), i, paragraphEnd);
        if (i >= paragraphEnd)
            break;
        if (text.at(i) == QLatin1Char('('))
            ++parentheses;
        else if (text.at(i) == QLatin1Char(')') && parentheses > 0)
            --parentheses;
        if (parentheses > 0 || !endsSentence(text.at(i)))
            continue;
        qsizetype j = i + 1;
        while (j < paragraphEnd && (endsSentence(text.at(j)) || kClosers.contains(text.at(j))))
            ++j;
        if (j >= paragraphEnd)
            break;
        if (!text.at(j).isSpace())
            continue;
        qsizetype next = j;
        while (next < paragraphEnd && text.at(next).isSpace())
            ++next;
        if (next >= paragraphEnd)
            break;
        const QChar n = text.at(next);
        if (!(n.isUpper() || n.isDigit() || kOpeners.contains(n)))
            continue;
        if (text.at(i) == QLatin1Char('.')) {
            qsizetype w = i;
            while (w > start && (text.at(w - 1).isLetter() || text.at(w - 1) == QLatin1Char('.')))
                --w;
            const QStringView word = QStringView(text).mid(w, i - w);
            if (isAbbreviation(word) && !stopEndsSentenceAfterDay(text, w, word, n))
                continue;
        }
        addSentence(j);
        start = next;
        i = next - 1;
    }
    addSentence(paragraphEnd);
    return result;
}

void TextStructure::markBoilerplate(const QString &text, QVector<Paragraph> &paragraphs) const
{
    bool inTrailer = false;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        Paragraph &p = paragraphs[i];
        const QStringView body = QStringView(text).mid(p.span.start, p.span.length());
        inTrailer = inTrailer || m_rules.startsTrailer(body);
        p.boilerplate = inTrailer || m_rules.isBoilerplateLine(body);
        if (p.boilerplate)
            continue;
        // A teaser is the opening of a later paragraph cut off with an ellipsis.
        QStringView teaser = body;
        if (teaser.endsWith(QStringLiteral("...")))
            teaser.chop(3);
        else if (teaser.endsWith(QChar(0x2026)))
            teaser.chop(1);
        else
            continue;
        for (qsizetype k = i + 1; k < paragraphs.size(); ++k) {
            const TextSpan &later = paragraphs.at(k).span;
            if (QStringView(text).mid(later.start, later.length()).startsWith(teaser.trimmed())) {
                p.boilerplate = true;
                break;
            }
        }
    }
}

void TextStructure::analyse(Article &article) const
{
    // An open text is given back as its own buffer, shared; a compact one made anew.
    const QString text = article.text.toString();
    const SubjectCheck::ValidText checkedOnce(text); // for the boilerplate's patterns
    article.paragraphs.clear();
    article.sentences.clear();
    for (const TextSpan &span : splitParagraphs(text)) {
        const QStringView body = QStringView(text).mid(span.start, span.length());
        Paragraph p;
        p.span = span;
        p.kind = isBulletStart(body)      ? Paragraph::Kind::Bullet
                 : looksLikeHeading(body) ? Paragraph::Kind::Heading
                                          : Paragraph::Kind::Text;
        article.paragraphs.append(p);
    }
    markBoilerplate(text, article.paragraphs);
    for (int i = 0; i < article.paragraphs.size(); ++i) {
        for (const TextSpan &s : splitSentences(text, article.paragraphs.at(i).span))
            article.sentences.append({s, i});
    }
}
