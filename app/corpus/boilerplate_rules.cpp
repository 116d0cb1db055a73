#include "app/corpus/boilerplate_rules.h"

#include "app/corpus/builtin_resource.h"
#include "app/corpus/json_lines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace {

// One whole-paragraph alternation of every valid pattern: one match per paragraph.
PcrePattern compile(const QJsonArray &patterns, const QString &key, const QString &fileName,
                    Problems *problems)
{
    const auto options = QRegularExpression::CaseInsensitiveOption |
                         QRegularExpression::UseUnicodePropertiesOption |
                         QRegularExpression::DotMatchesEverythingOption; // joined lines too
    QStringList valid;
    for (const QJsonValue &value : patterns) {
        // Checked as it is joined, in a group: a pattern valid only at the head of an expression
        // ("(*UCP)…", "\\Qtext" without "\\E") is skipped alone.
        const QString grouped = QStringLiteral("(?:") + value.toString() + QLatin1Char(')');
        const QRegularExpression re(grouped, options);
        if (!value.isString() || !re.isValid()) {
            problems->append({fileName, 0,
                              QStringLiteral("pattern \"%1\" in \"%2\" is not a valid regular "
                                             "expression; it is ignored")
                                  .arg(value.toString(), key)});
            continue;
        }
        valid.append(grouped);
    }
    if (valid.isEmpty())
        return PcrePattern(QStringLiteral("(?!)"));
    const QString joined =
        QStringLiteral("\\A(?:") + valid.join(QLatin1Char('|')) + QStringLiteral(")\\z");
    // Patterns valid one by one can clash when joined (two groups of one name).
    if (const QRegularExpression check(joined, options); !check.isValid()) {
        problems->append({fileName, 0,
                          QStringLiteral("the \"%1\" patterns cannot be joined into one "
                                         "expression (%2); none of them is used")
                              .arg(key, check.errorString())});
        return PcrePattern(QStringLiteral("(?!)"));
    }
    return PcrePattern(joined, options);
}

} // namespace

BoilerplateRules::BoilerplateRules()
    : m_lines(QStringLiteral("(?!)"))
    , m_trailers(QStringLiteral("(?!)"))
{}

BoilerplateRules BoilerplateRules::fromJson(const QByteArray &json, const QString &fileName,
                                            Problems *problems)
{
    BoilerplateRules rules;
    const std::optional<QJsonObject> root = JsonLines::parseObject(
        json, fileName, QStringLiteral("no boilerplate is recognised"), problems);
    if (!root)
        return rules;
    rules.m_lines = compile(root->value(QLatin1String("lines")).toArray(), QStringLiteral("lines"),
                            fileName, problems);
    rules.m_trailers = compile(root->value(QLatin1String("trailers")).toArray(),
                               QStringLiteral("trailers"), fileName, problems);
    return rules;
}

BoilerplateRules BoilerplateRules::builtin(Problems *problems)
{
    return parseBuiltinOnce<BoilerplateRules>(QStringLiteral("boilerplate.json"),
                                              &BoilerplateRules::fromJson, problems);
}

bool BoilerplateRules::isBoilerplateLine(QStringView paragraph) const
{
    return m_lines.match(paragraph.trimmed()).hasMatch();
}

bool BoilerplateRules::startsTrailer(QStringView paragraph) const
{
    return m_trailers.match(paragraph.trimmed()).hasMatch();
}
