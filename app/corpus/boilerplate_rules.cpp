#include "boilerplate_rules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QVector<QRegularExpression> compile(const QJsonArray &patterns, const QString &key,
                                    const QString &fileName, Problems *problems)
{
    QVector<QRegularExpression> result;
    for (const QJsonValue &value : patterns) {
        QRegularExpression re(QStringLiteral("\\A(?:") + value.toString() +
                                  QStringLiteral(")\\z"),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
        if (!value.isString() || !re.isValid()) {
            problems->append({fileName, 0,
                              QStringLiteral("pattern \"%1\" in \"%2\" is not a valid regular "
                                             "expression; it is ignored")
                                  .arg(value.toString(), key)});
            continue;
        }
        re.optimize();
        result.append(re);
    }
    return result;
}

bool anyMatches(const QVector<QRegularExpression> &patterns, QStringView text)
{
    for (const auto &re : patterns) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}

} // namespace

BoilerplateRules BoilerplateRules::fromJson(const QByteArray &json, const QString &fileName,
                                            Problems *problems)
{
    BoilerplateRules rules;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        problems->append({fileName, 0,
                          QStringLiteral("not valid JSON (%1); no boilerplate is recognised")
                              .arg(error.errorString())});
        return rules;
    }
    const QJsonObject root = doc.object();
    rules.m_lines = compile(root.value(QLatin1String("lines")).toArray(),
                            QStringLiteral("lines"), fileName, problems);
    rules.m_trailers = compile(root.value(QLatin1String("trailers")).toArray(),
                               QStringLiteral("trailers"), fileName, problems);
    return rules;
}

BoilerplateRules BoilerplateRules::builtin(Problems *problems)
{
    QFile file(QStringLiteral(":/boilerplate.json"));
    file.open(QIODevice::ReadOnly);
    return fromJson(file.readAll(), QStringLiteral("boilerplate.json"), problems);
}

bool BoilerplateRules::isBoilerplateLine(QStringView paragraph) const
{
    return anyMatches(m_lines, paragraph.trimmed());
}

bool BoilerplateRules::startsTrailer(QStringView paragraph) const
{
    return anyMatches(m_trailers, paragraph.trimmed());
}
