// Extraction stage support: the letters every match of a regular expression must open with,
// read from the pattern itself — "\bvoted\b" opens with "vote", "\b(impos|join)ed" with "impo"
// or "join" — so that a pattern is only tried where a word of the text opens so
// (IndexedAlternation). Caseless: letters are compared in lower case.
#pragma once

#include <QChar>
#include <QStringList>

#include <array>

namespace PatternOpenings {

constexpr int kLength = 4; // letters read at most

// The one to four letters (lower case) a match of `pattern` opens with, each a possibility.
// Only a pattern that opens with \b is read; empty when the opening cannot be read (no \b, \w,
// a dot, inline options, POSIX classes, \Q…\E, comments): such a pattern must always be tried.
QStringList of(const QString &pattern);

// A character as an opening letter: ASCII letters in lower case, digits and '_' as they are, and
// the two non-ASCII characters a caseless pattern matches for an ASCII letter (ſ for s, the
// Kelvin sign for k); 0 for any other. Inline: it is asked of every character of a clause.
inline char16_t letter(QChar c)
{
    // ASCII by a table (a clause's characters are nearly all ASCII), the rest by name.
    static constexpr auto kAscii = [] {
        std::array<char16_t, 128> table{};
        for (char16_t u = 0; u < 128; ++u) {
            if (u >= 'a' && u <= 'z')
                table[u] = u;
            else if (u >= 'A' && u <= 'Z')
                table[u] = u + ('a' - 'A');
            else if ((u >= '0' && u <= '9') || u == '_')
                table[u] = u;
        }
        return table;
    }();
    const char16_t u = c.unicode();
    if (u < 128)
        return kAscii[u];
    if (u == 0x017F)
        return 's';
    if (u == 0x212A)
        return 'k';
    return 0;
}

} // namespace PatternOpenings
