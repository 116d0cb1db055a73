// Corpus and extraction stage support: regular expressions matched without PCRE2 checking the
// subject again. Before a match (and the first of a global match), PCRE2 checks that its subject
// is valid UTF-16, over all of it from the match's start on; extraction matches dozens of
// expressions against each clause of an article, and that check was a fifth of its work. While a
// ValidText lives, the thread knows one text to be valid (it checked it once), and a match against
// a view into that text which splits no surrogate pair skips PCRE2's check. Any other subject is
// checked as before.
#pragma once

#include <QRegularExpression>
#include <QStringView>

namespace SubjectCheck {

// On this thread, for its lifetime: `text` is checked once, and when it is valid UTF-16, views
// into it are matched unchecked. Scopes nest; the one made last counts. It holds the text (a
// shared copy): its characters stay where they are, and whoever changes the text detaches.
class ValidText {
public:
    explicit ValidText(const QString &text);
    ~ValidText();
    ValidText(const ValidText &) = delete;
    ValidText &operator=(const ValidText &) = delete;

private:
    const QString m_text;
    const QChar *m_outerBegin;
    const QChar *m_outerEnd;
};

// The options a match of `subject` takes: PCRE2's check skipped only for a view into the valid
// text of this thread's ValidText whose ends split no surrogate pair.
QRegularExpression::MatchOptions optionsFor(QStringView subject);

// A match from `from` on: unchecked only when `from` too splits no pair (PCRE2 needs a start at a
// character's first unit once it is told not to check).
inline QRegularExpressionMatch match(const QRegularExpression &re, QStringView subject,
                                     qsizetype from = 0)
{
    const qsizetype start = from < 0 ? from + subject.size() : from; // Qt counts back from the end
    const bool startSplitsAPair =
        start > 0 && start < subject.size() && subject.at(start).isLowSurrogate();
    return re.match(subject, from, QRegularExpression::NormalMatch,
                    startSplitsAPair ? QRegularExpression::NoMatchOption : optionsFor(subject));
}

inline QRegularExpressionMatchIterator globalMatch(const QRegularExpression &re,
                                                   QStringView subject)
{
    return re.globalMatch(subject, 0, QRegularExpression::NormalMatch, optionsFor(subject));
}

// A string of its own is no view into the valid text: it is checked, and the match keeps a copy
// of it (a temporary string outlives no match made of it otherwise).
inline QRegularExpressionMatch match(const QRegularExpression &re, const QString &subject,
                                     qsizetype from = 0)
{
    return re.match(subject, from);
}

inline QRegularExpressionMatchIterator globalMatch(const QRegularExpression &re,
                                                   const QString &subject)
{
    return re.globalMatch(subject);
}

} // namespace SubjectCheck
