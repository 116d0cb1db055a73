// Corpus and extraction stage support: a regular expression matched by PCRE2 directly, giving
// the matches QRegularExpression gives, without the lock and allocations each of its matches
// costs (about 170 ns, as much as matching a short clause; extraction makes millions).
//
// It compiles with QRegularExpression's options and runs on the same libpcre2-16 that Debian's
// Qt links. One match data and JIT stack serve each thread. A view into the text of this
// thread's SubjectCheck::ValidText is matched without PCRE2's check of its UTF-16; any other
// subject is checked, as Qt checks it.
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <array>
#include <memory>

class PcrePattern;

// One match: the whole match and each group's start and end, as QRegularExpressionMatch gives
// them (-1 for a group that took no part). It views the subject it was matched against.
class PcreMatch {
public:
    PcreMatch() = default;
    // Only the offsets of the groups kept are copied (the rest are never read, nor written).
    PcreMatch(const PcreMatch &other) { *this = other; }
    PcreMatch &operator=(const PcreMatch &other)
    {
        if (this == &other)
            return *this;
        m_subject = other.m_subject;
        m_capturedCount = other.m_capturedCount;
        m_failed = other.m_failed;
        std::copy_n(other.m_offsets.begin(), 2 * m_capturedCount, m_offsets.begin());
        return *this;
    }

    bool hasMatch() const { return m_capturedCount > 0; }
    // The highest group that took part, as QRegularExpressionMatch::lastCapturedIndex (at most
    // kMostGroups - 1: past the groups kept, the last kept).
    int lastCapturedIndex() const { return m_capturedCount - 1; }
    qsizetype capturedStart(int group = 0) const { return offset(group, 0); }
    qsizetype capturedEnd(int group = 0) const { return offset(group, 1); }
    qsizetype capturedLength(int group = 0) const;
    QStringView capturedView(int group = 0) const;
    QString captured(int group = 0) const { return capturedView(group).toString(); }

    // The whole match and the first 23 groups are kept; a pattern with more says so when it is
    // made (ours have at most 5).
    static constexpr int kMostGroups = 24;

private:
    friend class PcrePattern;
    friend class PcreMatchIterator;
    qsizetype offset(int group, int end) const;

    QStringView m_subject;
    int m_capturedCount = 0; // the highest group that took part (or kept), plus one; 0: no match
    bool m_failed = false;   // PCRE2 stopped with an error (a limit), not "no match"
    std::array<qsizetype, 2 * kMostGroups> m_offsets; // set for the groups kept only
};

// Every match, left to right, as QRegularExpression::globalMatch gives them: after an empty
// match the next is looked for at the same place (not empty), else one character on.
class PcreMatchIterator {
public:
    bool hasNext() const { return m_next.hasMatch(); }
    PcreMatch next();

private:
    friend class PcrePattern;
    PcreMatchIterator(const PcrePattern &pattern, PcreMatch first);

    const PcrePattern *m_pattern;
    PcreMatch m_next;
};

class PcrePattern {
public:
    PcrePattern() = default; // matches nothing
    // An invalid pattern matches nothing, and says why in errorString() (and in a warning, for
    // the expressions written in the code; those read from files are checked by their readers).
    explicit PcrePattern(const QString &pattern, QRegularExpression::PatternOptions options = {});

    bool isValid() const { return m_code != nullptr; }
    QString errorString() const { return m_error; }

    // What PCRE2 learns of every match as it compiles a pattern, and uses to pass over a subject
    // or a place that cannot match (all false for a pattern not valid).
    struct Knowledge {
        bool opensWithKnownUnits = false; // one code unit a match opens with, or a set of them
        bool holdsAKnownUnit = false;     // a code unit every match holds (looked for first)
        bool refersBack = false; // to a group's match (\1, \k<name>, (?(1)…)), not a call ((?1))
    };
    // (Compiled for the question only, not for matching.)
    static Knowledge knowledgeOf(const QString &pattern,
                                 QRegularExpression::PatternOptions options = {});

    // The first match at or after `from` (counted back from the end when negative, as Qt does).
    PcreMatch match(QStringView subject, qsizetype from = 0) const;
    // A match that starts at `at` or none (the text before `at` is seen by look-behinds).
    PcreMatch matchAt(QStringView subject, qsizetype at) const;
    PcreMatchIterator globalMatch(QStringView subject) const &;
    // A match views its subject: a temporary string would be gone before the match is read. An
    // iterator points at its pattern: a temporary pattern would be gone before it is read.
    PcreMatch match(QString &&, qsizetype = 0) const = delete;
    PcreMatch matchAt(QString &&, qsizetype) const = delete;
    PcreMatchIterator globalMatch(QString &&) const & = delete;
    PcreMatchIterator globalMatch(QStringView) const && = delete;

private:
    friend class PcreMatchIterator;
    enum class Check { AsSubjectCheckSays, Never };
    PcreMatch run(QStringView subject, qsizetype from, quint32 options, Check check) const;

    QString m_error;
    std::shared_ptr<void> m_code; // pcre2_code_16, shared by copies (matching leaves it as it is)
    bool m_crLfNewlines = false;  // a newline may be CR LF: a global match steps over both
};
