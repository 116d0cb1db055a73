#include "event_classifier.h"

#include "corpus/json_lines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

EventClassifier EventClassifier::parse(const QByteArray &json, const QString &fileName,
                                       Problems *problems)
{
    EventClassifier classifier;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 0;
        const QString message = JsonLines::describe(json, error, &line);
        problems->append({fileName, line, message + QStringLiteral("; every event is 'other'")});
        return classifier;
    }
    const QStringList known = allTypes();
    for (const QJsonValue &value : doc.object().value(QLatin1String("types")).toArray()) {
        const QJsonObject o = value.toObject();
        Rule rule{o.value(QLatin1String("type")).toString(), {}};
        if (!known.contains(rule.type)) {
            problems->append({fileName, 0,
                              QStringLiteral("unknown event type \"%1\"; skipped").arg(rule.type)});
            continue;
        }
        for (const QJsonValue &pattern : o.value(QLatin1String("patterns")).toArray()) {
            QRegularExpression re(pattern.toString(), QRegularExpression::CaseInsensitiveOption);
            if (!re.isValid()) {
                problems->append({fileName, 0,
                                  QStringLiteral("pattern \"%1\" is not a valid regular "
                                                 "expression; skipped")
                                      .arg(pattern.toString())});
                continue;
            }
            re.optimize();
            rule.patterns.append(re);
        }
        classifier.m_rules.append(rule);
    }
    return classifier;
}

EventClassifier EventClassifier::builtin(Problems *problems)
{
    QFile file(QStringLiteral(":/event_types.json"));
    file.open(QIODevice::ReadOnly);
    return parse(file.readAll(), QStringLiteral("event_types.json"), problems);
}

QString EventClassifier::classify(QStringView sentence) const
{
    for (const Rule &rule : m_rules) {
        for (const QRegularExpression &re : rule.patterns) {
            if (re.match(sentence).hasMatch())
                return rule.type;
        }
    }
    return QStringLiteral("other");
}

QStringList EventClassifier::allTypes()
{
    return {QStringLiteral("call"),     QStringLiteral("meeting"),
            QStringLiteral("statement"), QStringLiteral("vote"),
            QStringLiteral("sanction"), QStringLiteral("application"),
            QStringLiteral("military"), QStringLiteral("humanitarian"),
            QStringLiteral("other")};
}
