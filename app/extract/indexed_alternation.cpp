#include "app/extract/indexed_alternation.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace {

constexpr int kOpeningLength = 3;

// A character as an opening letter: ASCII letters in lower case, digits and '_' as they are, and
// the two non-ASCII characters a caseless pattern matches for an ASCII letter (ſ for s, the
// Kelvin sign for k); 0 for any other.
char16_t openingLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return u + ('a' - 'A');
    if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_')
        return u;
    if (u == 0x017F)
        return 's';
    if (u == 0x212A)
        return 'k';
    return 0;
}

bool isAsciiWordCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 && openingLetter(c) != 0;
}

// One to three opening letters (each below 128) as one number.
quint32 packed(const char16_t *letters, int length)
{
    quint32 key = quint32(length) << 21;
    for (int i = 0; i < length; ++i)
        key |= quint32(letters[i]) << (7 * (2 - i));
    return key;
}

// Reads the letters every match of a pattern opens with. Prefixes still growing are "open";
// those known to be all that can be told are "closed". Whatever cannot be read closes the
// prefixes before it — a match still opens with them — and makes the opening unknown when
// nothing was read yet.
class OpeningReader {
public:
    explicit OpeningReader(QStringView pattern)
        : m_pattern(pattern)
    {}

    QStringList read()
    {
        if (!m_pattern.startsWith(QLatin1String("\\b")))
            return {};
        m_at = 2;
        close(sequence({QString()}));
        if (m_unknown || m_at < m_pattern.size()) // a '|' or ')' at the top: not read
            return {};
        return QStringList(m_closed.cbegin(), m_closed.cend());
    }

private:
    using Prefixes = QSet<QString>;

    bool atEnd() const { return m_at >= m_pattern.size(); }
    QChar next() const { return m_pattern.at(m_at); }

    void close(const Prefixes &prefixes)
    {
        for (const QString &prefix : prefixes) {
            if (prefix.isEmpty())
                m_unknown = true;
            else
                m_closed.insert(prefix);
        }
    }

    // Reads atoms up to the '|' or ')' that ends this sequence (not consumed), growing `open`.
    Prefixes sequence(Prefixes open)
    {
        while (!atEnd() && next() != QLatin1Char('|') && next() != QLatin1Char(')')) {
            if (open.isEmpty()) {
                skipAtom();
                continue;
            }
            open = atom(open);
        }
        return open;
    }

    // One atom and its quantifier; the prefixes still open after it.
    Prefixes atom(const Prefixes &open)
    {
        const QChar c = next();
        Prefixes grown;
        if (c == QLatin1Char('(')) {
            if (isLookaround()) {
                skipAtom();
                return open; // takes no character
            }
            grown = group(open);
        } else if (c == QLatin1Char('[')) {
            grown = characterClass(open);
        } else if (c == QLatin1Char('\\')) {
            const QChar escaped = m_at + 1 < m_pattern.size() ? m_pattern.at(m_at + 1) : QChar();
            m_at += 2;
            if (escaped == QLatin1Char('b')) { // a word's end after letters; nothing before
                Prefixes opening;              // \b before any letter takes none
                for (const QString &prefix : open) {
                    if (prefix.isEmpty())
                        opening.insert(prefix);
                    else
                        close({prefix});
                }
                return opening;
            }
            close(open); // \w, \d, \s, an escaped sign: the word's letters end or are unknown
        } else if (c == QLatin1Char('^')) {
            ++m_at;
            return open;
        } else {
            ++m_at;
            const char16_t letter = c == QLatin1Char('.') ? 0 : openingLetter(c);
            if (letter == 0)
                close(open);
            else
                for (const QString &prefix : open)
                    grown.insert(prefix + QChar(letter));
        }
        return quantified(open, grown);
    }

    // A quantifier after an atom: an optional atom keeps the prefixes before it open as well; a
    // repeated one closes those it grew (the letters after it are not read).
    Prefixes quantified(const Prefixes &before, Prefixes grown)
    {
        int least = 1;
        bool repeated = false;
        if (!atEnd()) {
            const QChar q = next();
            if (q == QLatin1Char('?') || q == QLatin1Char('*') || q == QLatin1Char('+')) {
                ++m_at;
                least = q == QLatin1Char('+') ? 1 : 0;
                repeated = q != QLatin1Char('?');
            } else if (q == QLatin1Char('{')) {
                const qsizetype close = m_pattern.indexOf(QLatin1Char('}'), m_at);
                const QStringView bounds =
                    close < 0 ? QStringView() : m_pattern.sliced(m_at + 1, close - m_at - 1);
                const QList<QStringView> parts = bounds.split(QLatin1Char(','));
                bool ok = false;
                const int min = parts.value(0).toInt(&ok);
                if (ok) {
                    m_at = close + 1;
                    least = min;
                    repeated = parts.size() > 1 || min > 1;
                }
            }
            if (!atEnd() && (next() == QLatin1Char('?') || next() == QLatin1Char('+')))
                ++m_at; // lazy or possessive
        }
        if (repeated) {
            close(grown);
            grown.clear();
        }
        if (least == 0)
            grown.unite(before);
        Prefixes stillOpen;
        for (const QString &prefix : std::as_const(grown)) {
            if (prefix.size() >= kOpeningLength)
                m_closed.insert(prefix);
            else
                stillOpen.insert(prefix);
        }
        return stillOpen;
    }

    bool isLookaround() const
    {
        const QStringView rest = m_pattern.sliced(m_at);
        return rest.startsWith(QLatin1String("(?=")) || rest.startsWith(QLatin1String("(?!")) ||
               rest.startsWith(QLatin1String("(?<=")) || rest.startsWith(QLatin1String("(?<!"));
    }

    // "(a|b)", "(?:a|b)", "(?<name>a|b)": the union of its alternatives.
    Prefixes group(const Prefixes &open)
    {
        const qsizetype start = m_at;
        ++m_at;
        if (!atEnd() && next() == QLatin1Char('?')) {
            if (m_pattern.sliced(m_at).startsWith(QLatin1String("?:")) ||
                m_pattern.sliced(m_at).startsWith(QLatin1String("?>"))) {
                m_at += 2;
            } else if (m_pattern.sliced(m_at).startsWith(QLatin1String("?<"))) {
                const qsizetype end = m_pattern.indexOf(QLatin1Char('>'), m_at);
                m_at = end < 0 ? m_pattern.size() : end + 1;
            } else { // inline options and the like: not read
                m_at = start;
                skipAtom();
                close(open);
                return {};
            }
        }
        Prefixes grown;
        for (;;) {
            grown.unite(sequence(open));
            if (atEnd())
                break;
            const QChar c = next();
            ++m_at;
            if (c == QLatin1Char(')'))
                break;
        }
        return grown;
    }

    // "[sz]": each letter; a class with ranges, escapes or negation closes the prefixes.
    Prefixes characterClass(const Prefixes &open)
    {
        const qsizetype start = m_at;
        skipAtom();
        const QStringView inside =
            m_pattern.sliced(start + 1, std::max<qsizetype>(m_at - start - 2, 0));
        QVarLengthArray<char16_t, 8> letters;
        bool readable = !inside.isEmpty();
        for (const QChar c : inside) {
            const char16_t letter = openingLetter(c);
            if (letter == 0 || c.unicode() >= 128) {
                readable = false;
                break;
            }
            letters.append(letter);
        }
        if (!readable) {
            close(open);
            return {};
        }
        Prefixes grown;
        for (const QString &prefix : open)
            for (const char16_t letter : letters)
                grown.insert(prefix + QChar(letter));
        return grown;
    }

    // Moves past one atom (a character, an escape, a class or a whole group), unread.
    void skipAtom()
    {
        const QChar c = next();
        if (c == QLatin1Char('\\')) {
            m_at += 2;
        } else if (c == QLatin1Char('[')) {
            ++m_at;
            if (!atEnd() && next() == QLatin1Char('^'))
                ++m_at;
            if (!atEnd() && next() == QLatin1Char(']'))
                ++m_at;
            while (!atEnd() && next() != QLatin1Char(']'))
                m_at += next() == QLatin1Char('\\') ? 2 : 1;
            ++m_at;
        } else if (c == QLatin1Char('(')) {
            int depth = 0;
            do {
                const QChar d = next();
                if (d == QLatin1Char('\\')) {
                    ++m_at;
                } else if (d == QLatin1Char('[')) {
                    skipAtom();
                    continue;
                } else if (d == QLatin1Char('(')) {
                    ++depth;
                } else if (d == QLatin1Char(')')) {
                    --depth;
                }
                ++m_at;
            } while (depth > 0 && !atEnd());
        } else {
            ++m_at;
        }
        m_at = std::min(m_at, m_pattern.size());
    }

    QStringView m_pattern;
    qsizetype m_at = 0;
    QSet<QString> m_closed;
    bool m_unknown = false;
};

} // namespace

QStringList IndexedAlternation::openings(const QString &pattern)
{
    return OpeningReader(pattern).read();
}

IndexedAlternation::IndexedAlternation(const QStringList &patterns,
                                       QRegularExpression::PatternOptions options)
{
    for (const QString &pattern : patterns) {
        const int index = int(m_patterns.size());
        QRegularExpression re(pattern, options);
        re.optimize();
        m_patterns.append(re);
        const QStringList opens = (options & QRegularExpression::CaseInsensitiveOption)
                                      ? openings(pattern)
                                      : QStringList(); // case matters: always run
        if (opens.isEmpty())
            m_alwaysRun.append(index);
        for (const QString &letters : opens) {
            char16_t key[kOpeningLength];
            for (qsizetype i = 0; i < letters.size(); ++i)
                key[i] = letters.at(i).unicode();
            QVector<int> &list = m_byOpening[packed(key, int(letters.size()))];
            if (list.isEmpty() || list.last() != index)
                list.append(index);
        }
    }
}

QVector<int> IndexedAlternation::candidates(QStringView text) const
{
    QVarLengthArray<bool, 128> wanted(m_patterns.size());
    std::fill(wanted.begin(), wanted.end(), false);
    for (const int index : m_alwaysRun)
        wanted[index] = true;
    const qsizetype n = text.size();
    for (qsizetype at = 0; at < n; ++at) {
        const QChar c = text[at];
        char16_t letters[kOpeningLength];
        letters[0] = openingLetter(c);
        if (letters[0] == 0)
            continue;
        // \b before an ASCII word character needs none before it; ſ and the Kelvin sign are no
        // word characters, so a word may "open" with them after any.
        if (c.unicode() < 128 && at > 0 && isAsciiWordCharacter(text[at - 1]))
            continue;
        for (int length = 1; length <= kOpeningLength; ++length) {
            if (length > 1) {
                if (at + length - 1 >= n)
                    break;
                letters[length - 1] = openingLetter(text[at + length - 1]);
                if (letters[length - 1] == 0)
                    break;
            }
            const auto found = m_byOpening.constFind(packed(letters, length));
            if (found != m_byOpening.cend())
                for (const int index : *found)
                    wanted[index] = true;
        }
    }
    QVector<int> result;
    for (int i = 0; i < wanted.size(); ++i) {
        if (wanted[i])
            result.append(i);
    }
    return result;
}

IndexedAlternation::Match IndexedAlternation::firstOf(const QVector<int> &candidates,
                                                      QStringView text, qsizetype from) const
{
    Match best;
    for (const int index : candidates) {
        const QRegularExpressionMatch m = m_patterns.at(index).match(text, from);
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
        const QRegularExpressionMatch m = m_patterns.at(index).match(text);
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
    for (qsizetype from = 0; from <= text.size();) {
        const Match m = firstOf(wanted, text, from);
        if (!m.found())
            break;
        result.append(m);
        from = m.end > m.start ? m.end : m.end + 1;
    }
    return result;
}
