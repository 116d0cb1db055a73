// Extraction stage: gives a dated clause its event type (call, meeting, statement, vote,
// sanction, application, military, humanitarian, other) from the ordered patterns curated in
// resources/event_types.json — matched outside the parts of the clause that tell of another
// event, so that the type is that of the event's own verb. It also knows the sentences that
// speak of an event again ("The resolution was supported by …") from the file's
// "continuations".
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/problem.h"
#include "app/extract/indexed_alternation.h"
#include "app/extract/negation.h"

#include <QHash>
#include <QStringList>
#include <QVector>

class EventClassifier {
public:
    static EventClassifier parse(const QByteArray &json, const QString &fileName,
                                 Problems *problems);
    static EventClassifier builtin(Problems *problems);

    // What a clause tells: its event's type, and whether it tells that the event did not
    // happen ("Kyrgyzstan did not join sanctions", "Turkmenistan made no statement"). The verb
    // that names the event is the first one not denied; when every verb found is denied (or,
    // without a verb, the pattern that decides), the event was not done — unless its type
    // records absences: "Azerbaijan did not vote" is in the vote's record.
    struct Reading {
        QString type;
        bool notDone = false;
    };
    Reading read(QStringView clause) const;
    // The reading of `clause` (starting at `offset` in its article) with the words of `ignored`
    // (article spans, sorted) left out.
    Reading read(QStringView clause, qsizetype offset, const QVector<TextSpan> &ignored) const;
    QString classify(QStringView clause) const { return read(clause).type; }
    // Whether an undated sentence right after an event of type `type` speaks of that event
    // again: one of the file's "continuations", or of the type's own ("Belarus voted against
    // it" after a vote).
    bool speaksOfTheEventAgain(QStringView sentence, const QString &type) const;
    static QStringList allTypes(); // every type, in display order, "other" last

private:
    struct Override {
        QString type;
        IndexedAlternation patterns; // they decide the type before any verb
    };
    QVector<Override> m_overrides;
    // Every type's verbs in the file's order, and the type of each: the verb that comes first
    // in a clause names its event.
    IndexedAlternation m_verbs;
    QStringList m_verbTypes;
    // The types' other patterns, likewise; the first type with one found names the event.
    IndexedAlternation m_nouns;
    QStringList m_nounTypes;
    IndexedAlternation m_continuation;
    QHash<QString, IndexedAlternation> m_continuationOfType;
    Negation m_negation;
    QStringList m_absenceRecorded; // types whose events keep those that did not take part
};
