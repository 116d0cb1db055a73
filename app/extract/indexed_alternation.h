// Extraction stage support: a list of regular expressions matched as their alternation
// ("p0|p1|…") would match, but without trying every pattern at every place of the text.
//
// A pattern that opens with \b and then letters ("\bvoted\b", "\b(impos|join)ed sanctions") can
// only match where a word of the text opens with those letters. Each such pattern is indexed by
// its possible first one to four letters; a text is read once for the words it opens, and only
// the patterns whose letters one of them opens with are run, each from the first place where
// such a word opens. A pattern whose opening cannot be read (no \b, \w, a dot…) is always run,
// from the place asked. The result is exactly the alternation's: the match that starts first,
// and of two at one place the pattern listed first.
#pragma once

#include "app/corpus/pcre_pattern.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QVarLengthArray>
#include <QVector>

#include <bitset>

class IndexedAlternation {
public:
    struct Match {
        int pattern = -1; // its index in the list; -1: no match
        qsizetype start = -1;
        qsizetype end = -1;
        bool found() const { return pattern >= 0; }
    };

    IndexedAlternation() = default;
    // `patterns` must each be valid with `options` (the caller reports those that are not).
    IndexedAlternation(const QStringList &patterns, QRegularExpression::PatternOptions options);

    bool isEmpty() const { return m_patterns.isEmpty(); }
    qsizetype size() const { return m_patterns.size(); }

    // The alternation's first match in `text` at or after `from`.
    Match first(QStringView text, qsizetype from = 0) const;
    // The first pattern of the list that matches anywhere in `text` (its first match).
    Match firstListed(QStringView text) const;
    // Every match, left to right and not overlapping, as QRegularExpression::globalMatch gives.
    QVector<Match> all(QStringView text) const;
    // False when no pattern can match in `text`: none opens as one of its words does (and none
    // must always run). One reading of the text, no pattern run: a gate for an expression that
    // needs one of a few words, each at the start of a word.
    bool mayMatch(QStringView text) const;
    // The places in `text`, in order, where a word opens as a pattern of the table does: every
    // place a match of those patterns can start (a pattern that always runs is left out: see
    // knowsEveryOpening). The text is read once and no pattern is run.
    QVector<qsizetype> openingPlaces(QStringView text) const;
    // Whether the opening of every pattern was read (none always runs): openingPlaces() then
    // holds every place any of them can match at.
    bool knowsEveryOpening() const { return m_alwaysRun.isEmpty(); }

private:
    // A pattern that could match in a text, and the first place its match can start at: where a
    // word first opens as it does, or 0 for a pattern whose opening is unknown.
    struct Candidate {
        int pattern = -1;
        qsizetype firstPlace = 0;
    };
    using Candidates = QVarLengthArray<Candidate, 16>;
    // The patterns that could match in `text`, by index, in order.
    Candidates candidates(QStringView text) const;
    // The candidate's first match at or after `from`.
    PcreMatch firstMatch(const Candidate &candidate, QStringView text, qsizetype from) const;
    // Calls want(letters, count, place) for each opening of a word of `text` the table holds
    // (one to four letters), left to right, until it returns true; true when one did.
    template <typename Want> bool readOpenings(QStringView text, Want want) const;

    QVector<PcrePattern> m_patterns;
    QVector<int> m_alwaysRun;                 // patterns whose opening is unknown
    QHash<quint32, QVector<int>> m_byOpening; // opening letters (packed) → patterns
    // Which openings (and which beginnings of longer ones) the table holds, so that the reading
    // of a text looks up the table only where a word opens as some pattern does. Letters are
    // below 128: one letter is a bit of 128, two are a bit of 128 × 128.
    std::bitset<128> m_opensWith1;        // a pattern opens with this one letter
    std::bitset<128> m_longerFrom1;       // … or with more letters after this one
    std::bitset<128 * 128> m_opensWith2;  // a pattern opens with these two letters
    std::bitset<128 * 128> m_longerFrom2; // … or with more letters after these two
    // Three letters are hashed to a bit of 2^16 (which may stand for other letters too: a
    // look-up too many, never one too few).
    std::bitset<1 << 16> m_opensWith3;  // a pattern opens with these three letters
    std::bitset<1 << 16> m_longerFrom3; // … or with a fourth letter after these three
};
