// Corpus and extraction stage support: a regular expression matched by PCRE2 directly, as
// QRegularExpression would match it, without what each QRegularExpression match costs besides
// the matching itself.
//
// Extraction matches dozens of expressions against every clause of an article, millions of
// matches for a big library. QRegularExpression takes a lock, allocates its match object, the
// offsets, PCRE2's match data and match context, and frees them again, for each match: about
// 170 ns, as much as the matching of a short clause. A PcrePattern compiles its expression once
// (with QRegularExpression's options, so it matches the same), keeps one match data and JIT
// stack per thread, and gives back a match that holds its offsets in place.
//
// A subject that is a view into the text of this thread's SubjectCheck::ValidText is matched
// without PCRE2's check of its UTF-16; any other is checked, as QRegularExpression checks it.
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
        m_subject = other.m_subject;
        m_groups = other.m_groups;
        std::copy_n(other.m_offsets.begin(), 2 * m_groups, m_offsets.begin());
        return *this;
    }

    bool hasMatch() const { return m_groups > 0; }
    // The highest group that took part, as QRegularExpressionMatch::lastCapturedIndex.
    int lastCapturedIndex() const { return m_groups - 1; }
    qsizetype capturedStart(int group = 0) const { return offset(group, 0); }
    qsizetype capturedEnd(int group = 0) const { return offset(group, 1); }
    qsizetype capturedLength(int group = 0) const;
    QStringView capturedView(int group = 0) const;
    QString captured(int group = 0) const { return capturedView(group).toString(); }

    // More groups than this are not kept (no expression of ours has half as many).
    static constexpr int kMostGroups = 24;

private:
    friend class PcrePattern;
    friend class PcreMatchIterator;
    qsizetype offset(int group, int end) const;

    QStringView m_subject;
    int m_groups = 0; // groups kept, the whole match counted; 0: no match
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
    PcrePattern(const QString &pattern, QRegularExpression::PatternOptions options = {});

    bool isValid() const { return m_code != nullptr; }
    QString pattern() const { return m_pattern; }
    QRegularExpression::PatternOptions patternOptions() const { return m_options; }

    // The first match at or after `from` (counted back from the end when negative, as Qt does).
    PcreMatch match(QStringView subject, qsizetype from = 0) const;
    // The first match that starts exactly at `from`.
    PcreMatch matchAt(QStringView subject, qsizetype from) const;
    PcreMatchIterator globalMatch(QStringView subject) const;
    // A match views its subject: a temporary string would be gone before the match is read.
    PcreMatch match(QString &&, qsizetype = 0) const = delete;
    PcreMatch matchAt(QString &&, qsizetype) const = delete;
    PcreMatchIterator globalMatch(QString &&) const = delete;

private:
    friend class PcreMatchIterator;
    enum class Check { AsSubjectCheckSays, Never };
    PcreMatch run(QStringView subject, qsizetype from, quint32 options, Check check) const;

    QString m_pattern;
    QRegularExpression::PatternOptions m_options;
    std::shared_ptr<void> m_code; // pcre2_code_16, shared by copies (matching leaves it as it is)
};
