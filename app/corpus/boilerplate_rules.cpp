#include "app/corpus/boilerplate_rules.h"

#include "app/corpus/builtin_resource.h"
#include "app/corpus/json_lines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace {

const auto kOptions = QRegularExpression::CaseInsensitiveOption |
                      QRegularExpression::UseUnicodePropertiesOption |
                      QRegularExpression::DotMatchesEverythingOption; // joined lines too

PcrePattern wholeParagraph(const QString &alternatives)
{
    return PcrePattern(QStringLiteral("\\A(?:") + alternatives + QStringLiteral(")\\z"), kOptions);
}

// Whether a pattern is better matched alone than as an alternative among the others. Joined,
// every alternative is tried at each paragraph's start, and one that may open with any
// character is matched in full, backtracking (the caption rule `[^.]{0,160}\.?\s+Source:…` over
// the first 160 characters of every paragraph). Alone, PCRE2 first looks for a code unit every
// match of it as a whole paragraph holds (the colon), and passes over a paragraph without it.
bool isBetterAlone(const QString &grouped, const PcrePattern::Knowledge &alone)
{
    return !alone.opensWithKnownUnits &&
           PcrePattern::knowledgeOf(QStringLiteral("\\A(?:") + grouped + QStringLiteral(")\\z"),
                                    kOptions)
               .holdsAKnownUnit;
}

// Whether a pattern may act on the others of its list once joined, so that alone it could
// answer otherwise: it calls a group by its number ("(?1)", "\\g<1>"), refers back to one
// (PCRE2 counts the groups of the patterns before it), holds a verb ("(*COMMIT)" ends the whole
// match) or sets an option that may reach past its own group. Read from the text, erring
// towards yes: "(?" is allowed before ":", "=", "!", "<", ">", "#", "'" and "P<" only.
bool mayActOnTheOthers(const QString &pattern, const PcrePattern::Knowledge &alone)
{
    if (alone.refersBack || pattern.contains(QLatin1String("(*")) ||
        pattern.contains(QLatin1String("\\g")))
        return true;
    for (qsizetype at = pattern.indexOf(QLatin1String("(?")); at >= 0;
         at = pattern.indexOf(QLatin1String("(?"), at + 2)) {
        const QStringView after = QStringView(pattern).sliced(at + 2);
        static const QLatin1StringView allowed[] = {
            QLatin1StringView(":"), QLatin1StringView("="), QLatin1StringView("!"),
            QLatin1StringView("<"), QLatin1StringView(">"), QLatin1StringView("#"),
            QLatin1StringView("'"), QLatin1StringView("P<")};
        if (std::none_of(std::begin(allowed), std::end(allowed),
                         [&](QLatin1StringView a) { return after.startsWith(a); }))
            return true;
    }
    return false;
}

// The patterns of one list, each valid one matched as a whole paragraph: those better alone
// (above) each alone, the rest as one alternation. When a pattern may act on the others once
// joined (above), all stay joined.
QVector<PcrePattern> compile(const QJsonArray &patterns, const QString &key,
                             const QString &fileName, Problems *problems)
{
    QStringList valid;
    for (const QJsonValue &value : patterns) {
        // Checked as it is joined, in a group: a pattern valid only at the head of an expression
        // ("(*UCP)…", "\\Qtext" without "\\E") is skipped alone.
        const QString grouped = QStringLiteral("(?:") + value.toString() + QLatin1Char(')');
        const QRegularExpression re(grouped, kOptions);
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
        return {};
    // Patterns valid one by one can clash when joined (two groups of one name).
    const QString joined =
        QStringLiteral("\\A(?:") + valid.join(QLatin1Char('|')) + QStringLiteral(")\\z");
    if (const QRegularExpression check(joined, kOptions); !check.isValid()) {
        problems->append({fileName, 0,
                          QStringLiteral("the \"%1\" patterns cannot be joined into one "
                                         "expression (%2); none of them is used")
                              .arg(key, check.errorString())});
        return {};
    }
    QVector<PcrePattern::Knowledge> alone; // what PCRE2 learns of each pattern alone
    for (const QString &grouped : std::as_const(valid)) {
        alone.append(PcrePattern::knowledgeOf(grouped, kOptions));
        if (mayActOnTheOthers(grouped, alone.last()))
            return {wholeParagraph(valid.join(QLatin1Char('|')))};
    }
    QVector<PcrePattern> compiled;
    QStringList together;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        if (isBetterAlone(valid.at(i), alone.at(i)))
            compiled.append(wholeParagraph(valid.at(i)));
        else
            together.append(valid.at(i));
    }
    if (!together.isEmpty())
        compiled.prepend(wholeParagraph(together.join(QLatin1Char('|'))));
    return compiled;
}

bool matchesAny(const QVector<PcrePattern> &patterns, QStringView paragraph)
{
    const QStringView trimmed = paragraph.trimmed();
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const PcrePattern &p) { return p.match(trimmed).hasMatch(); });
}

} // namespace

BoilerplateRules::BoilerplateRules() = default;

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
    return matchesAny(m_lines, paragraph);
}

bool BoilerplateRules::startsTrailer(QStringView paragraph) const
{
    return matchesAny(m_trailers, paragraph);
}
