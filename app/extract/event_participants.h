// Extraction stage: which countries take part in the event a clause tells of — those it names
// (a group such as "the Baltic States" through its members), outside the parts that tell of
// another event or its cause, and those its anaphora point to: "it", "he", "she" as a subject
// (the subject of the sentence before), "both presidents", "the parties" (a clause before that
// names two or more), "the former"/"the latter" (the first or last of such a clause).
#pragma once

#include "app/corpus/article.h"
#include "app/extract/gazetteer.h"
#include "app/extract/mention_finder.h"

#include <QHash>
#include <QStringList>

namespace EventDating {
struct GatedExpression;
}

class EventParticipants {
public:
    EventParticipants(const Gazetteer &gazetteer, const Article &article,
                      const QVector<Mention> &mentions);

    // The countries `clause` (of sentence `sentence`) names outside `excluded` parts (sorted,
    // not overlapping), in order of first mention.
    QStringList named(int sentence, TextSpan clause, const QVector<TextSpan> &excluded) const;

    // The countries the clause's anaphora refer to, from earlier clauses of its sentence or
    // the sentence before (`previous`, -1 when none), else from the event told before
    // (`lastEvent`, its countries): "the Ministry", "the presidents", "the second meeting".
    QStringList referredTo(int sentence, TextSpan clause, int previous,
                           const QStringList &lastEvent) const;

    // "…opened in the ministry": a clause that names no country but an institution by its role
    // refers to the institution of that role named last in its paragraph.
    QStringList institutionReferredTo(int sentence, TextSpan clause) const;

    // Whether the clause names any entity at all (a person of a territory, an organisation…).
    bool namesAnyone(int sentence, TextSpan clause) const;

    // Parts of a clause whose countries do not take part: an opening phrase of cause or
    // circumstance ("Due to X's stance, …", "On 24 February, after the start of …,"), a
    // quotation (what was said is not who said it), "in addition to Russia", and — unless the
    // event is military — the phrases naming the event the corpus is about ("the situation in
    // Ukraine"). Sorted, not overlapping.
    QVector<TextSpan> asides(QStringView clause, qsizetype offset, bool military) const;
    // The same, given the first three (`circumstanceAndQuotes` of the clause) found before.
    QVector<TextSpan> asides(QStringView clause, qsizetype offset, bool military,
                             const QVector<TextSpan> &circumstanceParts) const;
    // The first three of these, which also hold no word of the event's type.
    static QVector<TextSpan> circumstanceAndQuotes(QStringView clause, qsizetype offset);

    // The expressions referredTo() runs behind a gate ("the two presidents", "the second
    // meeting"), for the tests: no gate may turn away a clause its expression matches.
    static QVector<EventDating::GatedExpression> gatedExpressions();

private:
    struct Named {
        QString country;
        qsizetype at;
        bool person;      // named by a leader's or an official's name
        bool subjectLike; // by its name (not a place, a demonym or a person)
    };
    struct MentionRange {
        QVector<const Mention *>::const_iterator first{}, last{};
        auto begin() const { return first; }
        auto end() const { return last; }
    };
    MentionRange mentionsIn(int sentence, TextSpan within) const;
    QVector<Named> countriesIn(int sentence, TextSpan within) const;
    QStringList subjectOf(int sentence, TextSpan before, bool person) const;
    QStringList groupBefore(int sentence, TextSpan clause, int previous) const;
    QStringList roleAntecedent(int sentence, TextSpan clause, const QString &role) const;

    const Gazetteer &m_gazetteer;
    const Article &m_article;
    QHash<int, QVector<const Mention *>> m_bySentence;
};
