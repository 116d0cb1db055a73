// Extraction stage: gives a dated sentence its event type (call, meeting, statement, vote,
// sanction, application, military, humanitarian, other) from the ordered keyword patterns
// curated in resources/event_types.json.
#pragma once

#include "app/corpus/problem.h"

#include <QRegularExpression>
#include <QStringList>
#include <QVector>

class EventClassifier {
public:
    static EventClassifier parse(const QByteArray &json, const QString &fileName,
                                 Problems *problems);
    static EventClassifier builtin(Problems *problems);

    QString classify(QStringView sentence) const;
    static QStringList allTypes(); // every type, in display order, "other" last

private:
    struct Rule {
        QString type;
        QRegularExpression pattern; // the type's patterns as one alternation
    };
    QVector<Rule> m_rules;
};
