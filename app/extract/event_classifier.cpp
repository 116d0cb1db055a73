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

// The valid patterns of `array`; each invalid one is reported, as `what`.
QStringList validPatterns(const QJsonArray &array, const QString &what, const QString &fileName,
                          Problems *problems)
{
    QStringList valid;
    for (const QJsonValue &pattern : array) {
        if (QRegularExpression(pattern.toString(), kOptions).isValid()) {
            valid.append(pattern.toString());
            continue;
        }
        problems->append({fileName, 0,
                          QStringLiteral("%1 \"%2\" is not a valid regular expression; skipped")
                              .arg(what, pattern.toString())});
    }
    return valid;
}

// True when `type` is one of EventClassifier::allTypes(); else it is reported, as skipped.
bool isKnownType(const QString &type, const QString &fileName, Problems *problems)
{
    if (EventClassifier::allTypes().contains(type))
        return true;
    problems->append({fileName, 0, QStringLiteral("unknown event type \"%1\"; skipped").arg(type)});
    return false;
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
    QStringList verbs;
    QStringList nouns;
    QHash<QString, QStringList> continuationsOfType; // a type listed twice: both lists
    for (const QJsonValue &value : root->value(QLatin1String("types")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (!isKnownType(type, fileName, problems))
            continue;
        for (const QString &verb : validPatterns(o.value(QLatin1String("verbs")).toArray(),
                                                 QStringLiteral("verb"), fileName, problems)) {
            verbs.append(verb);
            classifier.m_verbTypes.append(type);
        }
        continuationsOfType[type] +=
            validPatterns(o.value(QLatin1String("continuations")).toArray(),
                          QStringLiteral("continuation"), fileName, problems);
        const QJsonValue absence = o.value(QLatin1String("absenceIsRecorded"));
        if (!absence.isUndefined() && !absence.isBool())
            problems->append({fileName, 0,
                              QStringLiteral("\"absenceIsRecorded\" of type \"%1\" should be "
                                             "true or false; read as false")
                                  .arg(type)});
        if (absence.toBool() && !classifier.m_absenceRecorded.contains(type))
            classifier.m_absenceRecorded.append(type);
        for (const QString &noun : validPatterns(o.value(QLatin1String("patterns")).toArray(),
                                                 QStringLiteral("pattern"), fileName, problems)) {
            nouns.append(noun);
            classifier.m_nounTypes.append(type);
        }
    }
    for (auto it = continuationsOfType.cbegin(); it != continuationsOfType.cend(); ++it) {
        if (!it.value().isEmpty())
            classifier.m_continuationOfType.insert(it.key(),
                                                   IndexedAlternation(it.value(), kOptions));
    }
    classifier.m_verbs = IndexedAlternation(verbs, kOptions);
    classifier.m_nouns = IndexedAlternation(nouns, kOptions);
    for (const QJsonValue &value : root->value(QLatin1String("overrides")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString type = o.value(QLatin1String("type")).toString();
        if (!isKnownType(type, fileName, problems))
            continue;
        const QStringList patterns = validPatterns(o.value(QLatin1String("patterns")).toArray(),
                                                   QStringLiteral("override"), fileName, problems);
        if (!patterns.isEmpty())
            classifier.m_overrides.append({type, IndexedAlternation(patterns, kOptions)});
    }
    const QJsonValue negation = root->value(QLatin1String("negation"));
    if (!negation.isUndefined() && !negation.isObject())
        problems->append({fileName, 0,
                          QStringLiteral("\"negation\" should be an object; no event is read as "
                                         "denied")});
    classifier.m_negation = Negation::parse(negation.toObject(), fileName, problems);
    classifier.m_continuation =
        IndexedAlternation(validPatterns(root->value(QLatin1String("continuations")).toArray(),
                                         QStringLiteral("continuation"), fileName, problems),
                           kOptions);
    return classifier;
}

EventClassifier EventClassifier::builtin(Problems *problems)
{
    return parseBuiltinOnce<EventClassifier>(QStringLiteral("event_types.json"),
                                             &EventClassifier::parse, problems);
}

EventClassifier::Reading EventClassifier::read(QStringView clause) const
{
    for (const Override &rule : m_overrides) {
        if (rule.patterns.first(clause).found())
            return {rule.type};
    }
    const auto denied = [&](const IndexedAlternation::Match &match, const QString &type) {
        return !m_absenceRecorded.contains(type) &&
               m_negation.denies(clause, match.start, match.end);
    };
    // The verb that comes first names the event; of two at one place, the type listed first.
    // A denied verb gives way to the next one.
    const IndexedAlternation::Match firstVerb = m_verbs.first(clause);
    for (IndexedAlternation::Match verb = firstVerb; verb.found();
         verb = m_verbs.first(clause, verb.start + 1)) {
        if (!denied(verb, m_verbTypes.at(verb.pattern)))
            return {m_verbTypes.at(verb.pattern)};
    }
    if (firstVerb.found())
        return {m_verbTypes.at(firstVerb.pattern), true};
    // Else the first type (in the file's order) one of whose patterns is found.
    if (const IndexedAlternation::Match noun = m_nouns.firstListed(clause); noun.found()) {
        const QString &type = m_nounTypes.at(noun.pattern);
        return {type, denied(noun, type)};
    }
    return {QStringLiteral("other")};
}

EventClassifier::Reading EventClassifier::read(QStringView clause, qsizetype offset,
                                               const QVector<TextSpan> &ignored) const
{
    if (ignored.isEmpty())
        return read(clause);
    QString own = clause.toString();
    for (const TextSpan &part : ignored) {
        const qsizetype from = std::max<qsizetype>(part.start - offset, 0);
        const qsizetype to = std::min<qsizetype>(part.end - offset, own.size());
        if (from < to)
            own.replace(from, to - from, QString(to - from, QLatin1Char(' ')));
    }
    return read(own);
}

bool EventClassifier::speaksOfTheEventAgain(QStringView sentence, const QString &type) const
{
    if (m_continuation.first(sentence).found())
        return true;
    const auto own = m_continuationOfType.constFind(type);
    return own != m_continuationOfType.cend() && own->first(sentence).found();
}

QStringList EventClassifier::allTypes()
{
    return {
        QStringLiteral("call"),     QStringLiteral("meeting"),      QStringLiteral("statement"),
        QStringLiteral("vote"),     QStringLiteral("sanction"),     QStringLiteral("application"),
        QStringLiteral("military"), QStringLiteral("humanitarian"), QStringLiteral("other")};
}
