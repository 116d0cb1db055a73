#include "event_classifier.h"

#include "corpus/json_lines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <utility>

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
    // The built-in rules never change while the app runs: compile them once.
    static const auto cached = [] {
        Problems found;
        QFile file(QStringLiteral(":/event_types.json"));
        file.open(QIODevice::ReadOnly);
        EventClassifier classifier =
            parse(file.readAll(), QStringLiteral("event_types.json"), &found);
        return std::make_pair(classifier, found);
    }();
    problems->append(cached.second);
    return cached.first;
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
