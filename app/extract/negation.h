// Extraction stage support: tells whether the words that name a clause's event are denied —
// "Kyrgyzstan did not join sanctions", "Turkmenistan made no statement", "Armenia had sent no
// troops" — from the word lists curated under "negation" in resources/event_types.json.
//
// A match of a verb or pattern is denied when a denying word ("not", "never", "no", a word
// ending in "n't") is inside it, or among the three words before it with no punctuation and no
// word that opens another part of the sentence ("and", "but", "which", …) between them; and
// the word after the denying one does not take its force away ("not only", "no longer").
#pragma once

#include "app/corpus/problem.h"

#include <QJsonObject>
#include <QSet>
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

    QSet<QString> m_words;      // "not", "never", "no", … (lower case)
    QStringList m_endings;      // "n't", … (lower case)
    QSet<QString> m_notDenying; // "only", "longer", … after a denying word
    QSet<QString> m_boundaries; // "and", "but", "which", …: the words before are another part's
};
