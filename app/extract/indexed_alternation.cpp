#include "app/extract/indexed_alternation.h"

#include "app/extract/pattern_openings.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

using PatternOpenings::kLength;
static_assert(kLength == 3, "candidates() reads one, two and three letters");

// One to three opening letters (each below 128) as one number.
quint32 packed(QStringView letters)
{
    quint32 key = quint32(letters.size()) << 21;
    for (qsizetype i = 0; i < letters.size(); ++i)
        key |= quint32(letters[i].unicode()) << (7 * (2 - i));
    return key;
}

} // namespace

IndexedAlternation::IndexedAlternation(const QStringList &patterns,
                                       QRegularExpression::PatternOptions options)
{
    for (const QString &pattern : patterns) {
        const int index = int(m_patterns.size());
        m_patterns.append(PcrePattern(pattern, options));
        const QStringList opens = (options & QRegularExpression::CaseInsensitiveOption)
                                      ? PatternOpenings::of(pattern)
                                      : QStringList(); // case matters: always run
        if (opens.isEmpty())
            m_alwaysRun.append(index);
        for (const QString &letters : opens) {
            QVector<int> &list = m_byOpening[packed(letters)];
            if (list.isEmpty() || list.last() != index)
                list.append(index);
            const char16_t first = letters.at(0).unicode();
            if (letters.size() == 1) {
                m_opensWith1.set(first);
                continue;
            }
            m_longerFrom1.set(first);
            const std::size_t two = first * 128u + letters.at(1).unicode();
            if (letters.size() == 2)
                m_opensWith2.set(two);
            else
                m_longerFrom2.set(two);
        }
    }
}

template <typename Want> bool IndexedAlternation::readOpenings(QStringView text, Want want) const
{
    const qsizetype n = text.size();
    bool afterAsciiWordCharacter = false; // the character before is one (no word opens here)
    for (qsizetype at = 0; at < n; ++at) {
        const QChar c = text[at];
        char16_t letters[kLength];
        letters[0] = PatternOpenings::letter(c);
        const bool opensNoWord = afterAsciiWordCharacter;
        afterAsciiWordCharacter = c.unicode() < 128 && letters[0] != 0;
        if (letters[0] == 0)
            continue;
        // \b before an ASCII word character needs none before it. Before ſ and the Kelvin sign
        // (letters, or not, as the pattern's options have it) a word is taken to open after any
        // character: a candidate too many costs a match, one too few a wrong answer.
        if (c.unicode() < 128 && opensNoWord)
            continue;
        // The table is looked up only for the openings it holds (most words open otherwise).
        if (m_opensWith1.test(letters[0]) && want(letters, 1))
            return true;
        if (!m_longerFrom1.test(letters[0]) || at + 1 >= n)
            continue;
        letters[1] = PatternOpenings::letter(text[at + 1]);
        if (letters[1] == 0)
            continue;
        const std::size_t two = letters[0] * 128u + letters[1];
        if (m_opensWith2.test(two) && want(letters, 2))
            return true;
        if (!m_longerFrom2.test(two) || at + 2 >= n)
            continue;
        letters[2] = PatternOpenings::letter(text[at + 2]);
        if (letters[2] != 0 && want(letters, 3))
            return true;
    }
    return false;
}

QVector<int> IndexedAlternation::candidates(QStringView text) const
{
    QVarLengthArray<bool, 128> wanted(m_patterns.size());
    std::fill(wanted.begin(), wanted.end(), false);
    for (const int index : m_alwaysRun)
        wanted[index] = true;
    readOpenings(text, [&](const char16_t *letters, int length) {
        const auto found = m_byOpening.constFind(packed(QStringView(letters, length)));
        if (found != m_byOpening.cend())
            for (const int index : *found)
                wanted[index] = true;
        return false; // every opening
    });
    QVector<int> result;
    for (int i = 0; i < wanted.size(); ++i) {
        if (wanted[i])
            result.append(i);
    }
    return result;
}

bool IndexedAlternation::mayMatch(QStringView text) const
{
    if (!m_alwaysRun.isEmpty())
        return true;
    return readOpenings(text, [&](const char16_t *letters, int length) {
        return m_byOpening.contains(packed(QStringView(letters, length)));
    });
}

IndexedAlternation::Match IndexedAlternation::firstOf(const QVector<int> &candidates,
                                                      QStringView text, qsizetype from) const
{
    Match best;
    for (const int index : candidates) {
        const PcreMatch m = m_patterns.at(index).match(text, from);
        if (m.hasMatch() && (!best.found() || m.capturedStart() < best.start))
            best = {index, m.capturedStart(), m.capturedEnd()};
    }
    return best;
}

IndexedAlternation::Match IndexedAlternation::first(QStringView text, qsizetype from) const
{
    if (m_patterns.isEmpty())
        return {};
    return firstOf(candidates(text), text, from);
}

IndexedAlternation::Match IndexedAlternation::firstListed(QStringView text) const
{
    for (const int index : candidates(text)) {
        const PcreMatch m = m_patterns.at(index).match(text);
        if (m.hasMatch())
            return {index, m.capturedStart(), m.capturedEnd()};
    }
    return {};
}

QVector<IndexedAlternation::Match> IndexedAlternation::all(QStringView text) const
{
    QVector<Match> result;
    if (m_patterns.isEmpty())
        return result;
    const QVector<int> wanted = candidates(text);
    // Each candidate's first match from the place reached, looked for again only once the
    // matches taken have gone past its start: a pattern's first match from a later place, when
    // the one found starts there or after, is that one (the subject is the same whole text).
    struct Next {
        Match match;
        bool looked = false;
    };
    QVarLengthArray<Next, 16> next(wanted.size());
    for (qsizetype from = 0; from <= text.size();) {
        Match best;
        for (qsizetype k = 0; k < wanted.size(); ++k) {
            Next &n = next[k];
            if (!n.looked || (n.match.found() && n.match.start < from)) {
                const int index = wanted.at(k);
                const PcreMatch m = m_patterns.at(index).match(text, from);
                n.match = m.hasMatch() ? Match{index, m.capturedStart(), m.capturedEnd()} : Match{};
                n.looked = true;
            }
            if (n.match.found() && (!best.found() || n.match.start < best.start))
                best = n.match;
        }
        if (!best.found())
            break;
        result.append(best);
        from = best.end > best.start ? best.end : best.end + 1;
    }
    return result;
}
