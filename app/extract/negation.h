// Extraction stage support: tells whether the words that name a clause's event are denied —
// "Kyrgyzstan did not join sanctions", "Turkmenistan made no statement", "Armenia had sent no
// troops" — from the word lists curated under "negation" in resources/event_types.json.
//
// A match of a verb or pattern is denied when a denying word ("not", "never", "no", a word
// ending in "n't") is inside it, or among the three words before it with no punctuation and no
// word that opens another part of the sentence ("and", "but", "which", …) between them; and
// the word after the denying one does not take its force away ("not only", "no longer", "did
// not hesitate to"), nor a word after the match says the event came later ("did not apply
// until 3 March").
#pragma once

#include "app/corpus/problem.h"

#include <QJsonObject>
#include <QStringList>
#include <QStringView>

class Negation {
public:
    // Read from the "negation" object of the event types' file; a list that is not an array of
    // strings is reported as a problem of `fileName` and read as empty.
    static Negation parse(const QJsonObject &negation, const QString &fileName, Problems *problems);

    // Whether the match [start, end) of `clause` is denied.
    bool denies(QStringView clause, qsizetype start, qsizetype end) const;

private:
    bool isDenying(QStringView word) const;

    // Compared without case, and without a copy of the word: this runs on every dated clause.
    QStringList m_words;       // "not", "never", "no", …
    QStringList m_endings;     // "n't", …
    QStringList m_notDenying;  // "only", "longer", "hesitate", … after a denying word
    QStringList m_boundaries;  // "and", "but", "which", …: the words before are another part's
    QStringList m_cancelledBy; // "until", …: after the match, it says the event came later
};
