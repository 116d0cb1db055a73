#include "app/extract/event_classifier.h"

#include "app/corpus/builtin_resource.h"
#include "app/corpus/json_lines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace {

// Case-insensitive; \b and \w of ASCII (far faster than Unicode's), \p{…} as written.
constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption;

// The valid patterns of `array` as one alternation; nullopt when none is valid. Each invalid one
// is reported, as `what`.
std::optional<QRegularExpression> alternation(const QJsonArray &array, const QString &what,
                                              const QString &fileName, Problems *problems)
{
    QStringList valid;
    for (const QJsonValue &pattern : array) {
        if (!QRegularExpression(pattern.toString()).isValid()) {
            problems->append({fileName, 0,
                              QStringLiteral("%1 \"%2\" is not a valid regular expression; "
                                             "skipped")
                                  .arg(what, pattern.toString())});
            continue;
        }
        valid.append(QStringLiteral("(?:") + pattern.toString() + QLatin1Char(')'));
    }
    if (valid.isEmpty())
        return std::nullopt;
    QRegularExpression re(valid.join(QLatin1Char('|')), kOptions);
    re.optimize();
    return re;
}

} // namespace

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
        Rule rule{o.value(QLatin1String("type")).toString(), {}, {}};
        if (!known.contains(rule.type)) {
            problems->append(
                {fileName, 0, QStringLiteral("unknown event type \"%1\"; skipped").arg(rule.type)});
            continue;
        }
        rule.verbs = alternation(o.value(QLatin1String("verbs")).toArray(), QStringLiteral("verb"),
                                 fileName, problems);
        rule.pattern = alternation(o.value(QLatin1String("patterns")).toArray(),
                                   QStringLiteral("pattern"), fileName, problems);
        if (rule.verbs || rule.pattern)
            classifier.m_rules.append(rule);
    }
    for (const QJsonValue &value : root->value(QLatin1String("overrides")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (!known.contains(type)) {
            problems->append(
                {fileName, 0, QStringLiteral("unknown event type \"%1\"; skipped").arg(type)});
            continue;
        }
        if (auto re = alternation(o.value(QLatin1String("patterns")).toArray(),
                                  QStringLiteral("override"), fileName, problems))
            classifier.m_overrides.append({type, std::nullopt, re});
    }
    QStringList groups;
    for (qsizetype i = 0; i < classifier.m_rules.size(); ++i) {
        if (classifier.m_rules.at(i).verbs)
            groups.append(
                QStringLiteral("(?<r%1>%2)").arg(i).arg(classifier.m_rules.at(i).verbs->pattern()));
    }
    if (!groups.isEmpty()) {
        classifier.m_allVerbs = QRegularExpression(groups.join(QLatin1Char('|')), kOptions);
        // Valid one by one, the verbs may still clash once joined (a group name used twice).
        if (!classifier.m_allVerbs->isValid()) {
            problems->append({fileName, 0,
                              QStringLiteral("the verbs, joined, are no valid regular expression "
                                             "(%1); types are given by the other patterns")
                                  .arg(classifier.m_allVerbs->errorString())});
            classifier.m_allVerbs.reset();
        } else {
            classifier.m_allVerbs->optimize();
        }
    }
    if (auto continuation = alternation(root->value(QLatin1String("continuations")).toArray(),
                                        QStringLiteral("continuation"), fileName, problems))
        classifier.m_continuation = *continuation;
    return classifier;
}

EventClassifier EventClassifier::builtin(Problems *problems)
{
    return parseBuiltinOnce<EventClassifier>(QStringLiteral("event_types.json"),
                                             &EventClassifier::parse, problems);
}

QString EventClassifier::classify(QStringView clause) const
{
    for (const Rule &rule : m_overrides) {
        if (rule.pattern->match(clause).hasMatch())
            return rule.type;
    }
    // The verb that comes first names the event; of two at one place, the type listed first.
    if (m_allVerbs) {
        if (const auto m = m_allVerbs->match(clause); m.hasMatch()) {
            for (qsizetype i = 0; i < m_rules.size(); ++i) {
                if (m_rules.at(i).verbs && m.capturedStart(QStringLiteral("r%1").arg(i)) >= 0)
                    return m_rules.at(i).type;
            }
        }
    }
    for (const Rule &rule : m_rules) {
        if (rule.pattern && rule.pattern->match(clause).hasMatch())
            return rule.type;
    }
    return QStringLiteral("other");
}

QString EventClassifier::classify(QStringView clause, qsizetype offset,
                                  const QVector<TextSpan> &ignored) const
{
    if (ignored.isEmpty())
        return classify(clause);
    QString own = clause.toString();
    for (const TextSpan &part : ignored) {
        const qsizetype from = std::max<qsizetype>(part.start - offset, 0);
        const qsizetype to = std::min<qsizetype>(part.end - offset, own.size());
        if (from < to)
            own.replace(from, to - from, QString(to - from, QLatin1Char(' ')));
    }
    return classify(own);
}

bool EventClassifier::speaksOfTheEventAgain(QStringView sentence) const
{
    return m_continuation.match(sentence).hasMatch();
}

QStringList EventClassifier::allTypes()
{
    return {
        QStringLiteral("call"),     QStringLiteral("meeting"),      QStringLiteral("statement"),
        QStringLiteral("vote"),     QStringLiteral("sanction"),     QStringLiteral("application"),
        QStringLiteral("military"), QStringLiteral("humanitarian"), QStringLiteral("other")};
}
