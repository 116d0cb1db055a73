#include "app/extract/pattern_openings.h"

#include <QSet>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>

namespace PatternOpenings {

namespace {

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
            const char16_t read = c == QLatin1Char('.') ? 0 : letter(c);
            if (read == 0)
                close(open);
            else
                for (const QString &prefix : open)
                    grown.insert(prefix + QChar(read));
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
            if (prefix.size() >= kLength)
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
            const char16_t read = letter(c);
            if (read == 0 || c.unicode() >= 128) {
                readable = false;
                break;
            }
            letters.append(read);
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

QStringList of(const QString &pattern)
{
    // Syntax the reader does not follow is not read at all: the pattern is always tried.
    for (const char *unread : {"[:", "\\Q", "(?#"}) {
        if (pattern.contains(QLatin1String(unread)))
            return {};
    }
    return OpeningReader(pattern).read();
}

} // namespace PatternOpenings
