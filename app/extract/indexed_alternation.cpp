#include "app/extract/indexed_alternation.h"

#include "app/corpus/subject_check.h"
#include "app/extract/pattern_openings.h"
#include "app/extract/word_openings.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

using PatternOpenings::kLength;
static_assert(kLength == 4, "readOpenings() reads one to four letters");

// One to four opening letters (each below 128) as one number.
quint32 packed(QStringView letters)
{
    quint32 key = quint32(letters.size()) << 28;
    for (qsizetype i = 0; i < letters.size(); ++i)
        key |= quint32(letters[i].unicode()) << (7 * (3 - i));
    return key;
}

// Three letters as a bit of m_opensWith3 and m_longerFrom3 (hashed: 128³ bits would be 256 KB).
std::size_t threeLetterBit(const char16_t *letters)
{
    const quint32 key = quint32(letters[0]) << 14 | quint32(letters[1]) << 7 | letters[2];
    return std::size_t((key * 0x9E3779B1u) >> 16);
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
            if (letters.size() == 2) {
                m_opensWith2.set(two);
                continue;
            }
            m_longerFrom2.set(two);
            const std::size_t three = threeLetterBit(QStringView(letters).utf16());
            if (letters.size() == 3)
                m_opensWith3.set(three);
            else
                m_longerFrom3.set(three);
        }
    }
}

template <typename Want> bool IndexedAlternation::readOpenings(QStringView text, Want want) const
{
    const qsizetype n = text.size();
    // \b before an ASCII word character needs none before it. Before ſ and the Kelvin sign
    // (letters, or not, as the pattern's options have it) a word is taken to open after any
    // character: a candidate too many costs a match, one too few a wrong answer.
    return WordOpenings::forEach(text, [&](qsizetype at) PE_ALWAYS_INLINE {
        char16_t letters[kLength];
        letters[0] = PatternOpenings::letter(text[at]);
        // The table is looked up only for the openings it holds (most words open otherwise).
        if (m_opensWith1.test(letters[0]) && want(letters, 1, at))
            return true;
        if (!m_longerFrom1.test(letters[0]) || at + 1 >= n)
            return false;
        letters[1] = PatternOpenings::letter(text[at + 1]);
        if (letters[1] == 0)
            return false;
        const std::size_t two = letters[0] * 128u + letters[1];
        if (m_opensWith2.test(two) && want(letters, 2, at))
            return true;
        if (!m_longerFrom2.test(two) || at + 2 >= n)
            return false;
        letters[2] = PatternOpenings::letter(text[at + 2]);
        if (letters[2] == 0)
            return false;
        const std::size_t three = threeLetterBit(letters);
        if (m_opensWith3.test(three) && want(letters, 3, at))
            return true;
        if (!m_longerFrom3.test(three) || at + 3 >= n)
            return false;
        letters[3] = PatternOpenings::letter(text[at + 3]);
        return letters[3] != 0 && want(letters, 4, at);
    });
}

IndexedAlternation::Candidates IndexedAlternation::candidates(QStringView text) const
{
    constexpr qsizetype kNowhere = -1;
    QVarLengthArray<qsizetype, 128> firstPlace(m_patterns.size());
    std::fill(firstPlace.begin(), firstPlace.end(), kNowhere);
    readOpenings(text, [&](const char16_t *letters, int length, qsizetype at) PE_ALWAYS_INLINE {
        const auto patterns = m_byOpening.constFind(packed(QStringView(letters, length)));
        if (patterns != m_byOpening.cend()) {
            for (const int index : *patterns) {
                if (firstPlace[index] == kNowhere)
                    firstPlace[index] = at;
            }
        }
        return false; // every opening
    });
    for (const int index : m_alwaysRun)
        firstPlace[index] = 0;
    // PCRE2 checks a subject it is not told is valid UTF-16 from the search's start on: a search
    // started later would pass over a unit that is not valid and find what Qt's expression does
    // not. Such a text is searched from where it was asked.
    const bool valid = SubjectCheck::optionsFor(text).testFlag(
        QRegularExpression::DontCheckSubjectStringMatchOption);
    Candidates result;
    for (int i = 0; i < firstPlace.size(); ++i) {
        if (firstPlace[i] != kNowhere)
            result.append({i, valid ? firstPlace[i] : 0});
    }
    return result;
}

PcreMatch IndexedAlternation::firstMatch(const Candidate &candidate, QStringView text,
                                         qsizetype from) const
{
    // No match of it starts before the first place where a word opens as it does (0 for a
    // pattern that always runs): the search starts there. (Matching only at those places,
    // anchored, was no faster: a pattern that opens with "the" has many.) A negative `from` is
    // counted from the end, as Qt counts it.
    const PcrePattern &pattern = m_patterns.at(candidate.pattern);
    if (from < 0)
        return pattern.match(text, from);
    return pattern.match(text, std::max(from, candidate.firstPlace));
}

bool IndexedAlternation::mayMatch(QStringView text) const
{
    if (!m_alwaysRun.isEmpty())
        return true;
    return readOpenings(text, [&](const char16_t *letters, int length, qsizetype) PE_ALWAYS_INLINE {
        return m_byOpening.contains(packed(QStringView(letters, length)));
    });
}

QVector<qsizetype> IndexedAlternation::openingPlaces(QStringView text) const
{
    QVector<qsizetype> places;
    readOpenings(text, [&](const char16_t *letters, int length, qsizetype at) PE_ALWAYS_INLINE {
        if ((places.isEmpty() || places.last() != at) &&
            m_byOpening.contains(packed(QStringView(letters, length))))
            places.append(at);
        return false; // every opening
    });
    return places;
}

IndexedAlternation::Match IndexedAlternation::first(QStringView text, qsizetype from) const
{
    if (m_patterns.isEmpty())
        return {};
    Match best;
    for (const Candidate &candidate : candidates(text)) {
        const PcreMatch m = firstMatch(candidate, text, from);
        if (m.hasMatch() && (!best.found() || m.capturedStart() < best.start))
            best = {candidate.pattern, m.capturedStart(), m.capturedEnd()};
    }
    return best;
}

IndexedAlternation::Match IndexedAlternation::firstListed(QStringView text) const
{
    for (const Candidate &candidate : candidates(text)) {
        const PcreMatch m = firstMatch(candidate, text, 0);
        if (m.hasMatch())
            return {candidate.pattern, m.capturedStart(), m.capturedEnd()};
    }
    return {};
}

QVector<IndexedAlternation::Match> IndexedAlternation::all(QStringView text) const
{
    QVector<Match> result;
    if (m_patterns.isEmpty())
        return result;
    const Candidates wanted = candidates(text);
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
                const Candidate &candidate = wanted.at(k);
                const PcreMatch m = firstMatch(candidate, text, from);
                n.match = m.hasMatch()
                              ? Match{candidate.pattern, m.capturedStart(), m.capturedEnd()}
                              : Match{};
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
