// Corpus and extraction stage support: which subjects a regular expression may be matched
// against without PCRE2 checking them again. Before a match (and the first of a global match),
// PCRE2 checks that its subject is valid UTF-16, over all of it from the match's start on;
// extraction matches dozens of expressions against each clause of an article, and that check was
// a fifth of its work. While a ValidText lives, the thread knows one text to be valid (it checked
// it once), and a PcrePattern (pcre_pattern.h) matches a view into that text which splits no
// surrogate pair unchecked. Any other subject is checked as before.
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

} // namespace SubjectCheck
