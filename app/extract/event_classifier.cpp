#include "app/extract/event_classifier.h"

#include "app/corpus/builtin_resource.h"
#include "app/corpus/json_lines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <utility>

EventClassifier EventClassifier::parse(const QByteArray &json, const QString &fileName,
                                       Problems *problems)
{
    EventClassifier classifier;
    const std::optional<QJsonObject> root =
        JsonLines::parseObject(json, fileName, QStringLiteral("every event is 'other'"), problems);
    if (!root)
        return classifier;
    const QStringList known = allTypes();
    for (const QJsonValue &value : root->value(QLatin1String("types")).toArray()) {
        const QJsonObject o = value.toObject();
        Rule rule{o.value(QLatin1String("type")).toString(), {}};
        if (!known.contains(rule.type)) {
            problems->append(
                {fileName, 0, QStringLiteral("unknown event type \"%1\"; skipped").arg(rule.type)});
            continue;
        }
        QStringList valid;
        for (const QJsonValue &pattern : o.value(QLatin1String("patterns")).toArray()) {
            if (!QRegularExpression(pattern.toString()).isValid()) {
                problems->append({fileName, 0,
                                  QStringLiteral("pattern \"%1\" is not a valid regular "
                                                 "expression; skipped")
                                      .arg(pattern.toString())});
                continue;
            }
            valid.append(QStringLiteral("(?:") + pattern.toString() + QLatin1Char(')'));
        }
        if (valid.isEmpty())
            continue;
        rule.pattern = QRegularExpression(valid.join(QLatin1Char('|')),
                                          QRegularExpression::CaseInsensitiveOption);
        rule.pattern.optimize();
        classifier.m_rules.append(rule);
    }
    return classifier;
}

EventClassifier EventClassifier::builtin(Problems *problems)
{
    return parseBuiltinOnce<EventClassifier>(QStringLiteral("event_types.json"),
                                             &EventClassifier::parse, problems);
}

QString EventClassifier::classify(QStringView sentence) const
{
    for (const Rule &rule : m_rules) {
        if (rule.pattern.match(sentence).hasMatch())
            return rule.type;
    }
    return QStringLiteral("other");
}

QStringList EventClassifier::allTypes()
{
    return {
        QStringLiteral("call"),     QStringLiteral("meeting"),      QStringLiteral("statement"),
        QStringLiteral("vote"),     QStringLiteral("sanction"),     QStringLiteral("application"),
        QStringLiteral("military"), QStringLiteral("humanitarian"), QStringLiteral("other")};
}
