// Extraction stage: gives a dated clause its event type (call, meeting, statement, vote,
// sanction, application, military, humanitarian, other) from the ordered patterns curated in
// resources/event_types.json — matched outside the parts of the clause that tell of another
// event, so that the type is that of the event's own verb. It also knows the sentences that
// speak of an event again ("The resolution was supported by …") from the file's
// "continuations".
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/problem.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVector>

#include <optional>

class EventClassifier {
public:
    static EventClassifier parse(const QByteArray &json, const QString &fileName,
                                 Problems *problems);
    static EventClassifier builtin(Problems *problems);

    QString classify(QStringView clause) const;
    // The type of `clause` (starting at `offset` in its article) with the words of `ignored`
    // (article spans, sorted) left out.
    QString classify(QStringView clause, qsizetype offset, const QVector<TextSpan> &ignored) const;
    bool speaksOfTheEventAgain(QStringView sentence) const;
    static QStringList allTypes(); // every type, in display order, "other" last

private:
    struct Rule {
        QString type;
        std::optional<QRegularExpression> verbs;   // the type's verbs as one alternation
        std::optional<QRegularExpression> pattern; // its other patterns as one alternation
    };
    QVector<Rule> m_rules;
    QVector<Rule> m_overrides; // their patterns decide the type before any verb
    // Every rule's verbs in one alternation, a named group per rule ("r0", "r1", …): one scan
    // finds the verb that comes first.
    std::optional<QRegularExpression> m_allVerbs;
    QRegularExpression m_continuation{QStringLiteral("(?!)")};
};
