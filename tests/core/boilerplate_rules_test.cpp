#include "app/corpus/boilerplate_rules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QByteArray builtinRulesJson()
{
    QFile file(QStringLiteral(PE_SOURCE_DIR "/resources/boilerplate.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// A list of patterns as its documentation says it is matched: one case-insensitive expression
// of them all, over a whole trimmed paragraph.
QRegularExpression joined(const QJsonArray &patterns)
{
    QStringList grouped;
    for (const QJsonValue &p : patterns)
        grouped.append(QStringLiteral("(?:") + p.toString() + QLatin1Char(')'));
    return QRegularExpression(
        QStringLiteral("\\A(?:") + grouped.join(QLatin1Char('|')) + QStringLiteral(")\\z"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption |
            QRegularExpression::DotMatchesEverythingOption);
}

// Every line of the built-in articles, and lines written to be captions, navigation and
// footers, each with a near miss.
QStringList sampleParagraphs()
{
    QStringList paragraphs = {
        QStringLiteral("Refugees at the border in March. Source: UNHCR"),
        QStringLiteral("Refugees at the border in March Source: UNHCR"),
        QStringLiteral("Refugees at the border. In March. Source: UNHCR"),
        QStringLiteral("Votes at the UN General Assembly\tsource:\tUN Digital Library"),
        QStringLiteral("Source: the ministry said on Tuesday that the talks would go on."),
        QStringLiteral("The figures come from one source: the ministry."),
        QStringLiteral("map.png"),
        QStringLiteral("see map.png here"),
        QStringLiteral("1234 reads"),
        QStringLiteral("1234 readers"),
        QStringLiteral("\u00A9 2022 Example Media. All rights reserved."),
        QStringLiteral("Back to full list"),
        QStringLiteral("At Belarus Digest, we think the talks matter"),
        QString(),
    };
    const QDir corpus(QStringLiteral(PE_SOURCE_DIR "/resources/corpus"));
    for (const QString &name : corpus.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(corpus.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(name);
        paragraphs += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    }
    return paragraphs;
}

} // namespace

// The patterns better matched alone (a caption, an image's file name, a count of reads: PCRE2
// knows no opening for them but a unit each holds) are matched so; a paragraph is still
// boilerplate, or a footer's start, exactly when the one expression of its list matches it.
TEST(BoilerplateRules, APatternMatchedAloneMarksWhatTheWholeListMarks)
{
    Problems problems;
    const QByteArray json = builtinRulesJson();
    const BoilerplateRules rules =
        BoilerplateRules::fromJson(json, QStringLiteral("boilerplate.json"), &problems);
    ASSERT_TRUE(problems.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QRegularExpression lines = joined(root.value(QLatin1String("lines")).toArray());
    const QRegularExpression trailers = joined(root.value(QLatin1String("trailers")).toArray());
    ASSERT_TRUE(lines.isValid() && trailers.isValid());
    int boilerplate = 0;
    int footers = 0;
    const QStringList paragraphs = sampleParagraphs();
    ASSERT_GT(paragraphs.size(), 100);
    for (const QString &paragraph : paragraphs) {
        const QString trimmed = paragraph.trimmed();
        const bool line = lines.match(trimmed).hasMatch();
        const bool trailer = trailers.match(trimmed).hasMatch();
        EXPECT_EQ(rules.isBoilerplateLine(paragraph), line) << qPrintable(paragraph);
        EXPECT_EQ(rules.startsTrailer(paragraph), trailer) << qPrintable(paragraph);
        boilerplate += line;
        footers += trailer;
    }
    EXPECT_GE(boilerplate, 8) << "the samples hold lines of each kind";
    EXPECT_GE(footers, 2);
    EXPECT_TRUE(rules.isBoilerplateLine(u"Refugees at the border in March. Source: UNHCR"));
    EXPECT_FALSE(rules.isBoilerplateLine(u"Refugees at the border. In March. Source: UNHCR"));
}

// A pattern that refers back to a group counts the groups of the patterns before it, as one
// expression of its list does: here \1 is Menu's group, which took no part, so the caption
// is not matched (alone, \1 would be its own group, and would be).
TEST(BoilerplateRules, ABackReferenceCountsTheGroupsOfThePatternsBeforeIt)
{
    Problems problems;
    const QByteArray json =
        R"json({"lines": ["(Menu)", "([^.]{0,20}) Source: \\1"], "trailers": []})json";
    const BoilerplateRules rules =
        BoilerplateRules::fromJson(json, QStringLiteral("rules.json"), &problems);
    ASSERT_TRUE(problems.isEmpty()) << qPrintable(problems.first().message);
    EXPECT_TRUE(rules.isBoilerplateLine(u"Menu"));
    EXPECT_FALSE(rules.isBoilerplateLine(u"Map Source: Map"));
    const PcrePattern alone(QStringLiteral("\\A(?:([^.]{0,20}) Source: \\1)\\z"));
    EXPECT_TRUE(alone.match(u"Map Source: Map").hasMatch()) << "the pattern alone matches";
}

// A list with a pattern that may act on the others once joined is matched as one expression,
// which answers otherwise than its patterns alone would: a call of group 1 is Menu's group
// joined, a verb ends the whole match, an option set past its own group reaches the next
// pattern. (Each second pattern alone would be matched so, for its colon.)
TEST(BoilerplateRules, APatternThatMayActOnTheOthersKeepsItsListOneExpression)
{
    const QString caption = QStringLiteral("[^.]{0,160}\\.?\\s+Source:\\s+\\S.{0,80}");
    struct Case {
        QStringList lines;
        QString paragraph;
    };
    const QVector<Case> cases = {
        {{QStringLiteral("(Menu)"), QStringLiteral("[^.]{0,20}(?1): (.+)")},
         QStringLiteral("Home Map: x")},
        {{QStringLiteral("(Menu)"), QStringLiteral("[^.]{0,20}\\g<1>: (.+)")},
         QStringLiteral("Home Map: x")},
        {{QStringLiteral("Menu(*COMMIT)x"), caption}, QStringLiteral("Menu Source: UN")},
        {{QStringLiteral("Menu)(?-i)(?:"), caption}, QStringLiteral("Map SOURCE: UN")},
    };
    for (const Case &c : cases) {
        QJsonArray lines;
        for (const QString &p : c.lines)
            lines.append(p);
        const QByteArray json =
            QJsonDocument(QJsonObject{{QStringLiteral("lines"), lines},
                                      {QStringLiteral("trailers"), QJsonArray()}})
                .toJson();
        Problems problems;
        const BoilerplateRules rules =
            BoilerplateRules::fromJson(json, QStringLiteral("rules.json"), &problems);
        ASSERT_TRUE(problems.isEmpty()) << qPrintable(problems.first().message);
        const bool expected = joined(lines).match(c.paragraph).hasMatch();
        EXPECT_EQ(rules.isBoilerplateLine(c.paragraph), expected)
            << qPrintable(c.lines.join(QLatin1String(" | "))) << " on " << qPrintable(c.paragraph);
    }
}

// Boilerplate patterns valid one by one may clash when joined into one expression (two groups of
// one name): that is said, and none of them marks a paragraph.
TEST(BoilerplateRules, PatternsThatCannotBeJoinedAreReported)
{
    Problems problems;
    const QByteArray json =
        R"json({"lines": ["(?<word>Menu)", "(?<word>Share)"], "trailers": ["Related"]})json";
    const BoilerplateRules rules =
        BoilerplateRules::fromJson(json, QStringLiteral("rules.json"), &problems);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().file, QStringLiteral("rules.json"));
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("cannot be joined")))
        << qPrintable(problems.first().message);
    EXPECT_FALSE(rules.isBoilerplateLine(u"Menu"));
    EXPECT_TRUE(rules.startsTrailer(u"Related")) << "the other list is used";
}

// A pattern valid only at the head of an expression is skipped alone; the others are used.
TEST(BoilerplateRules, APatternValidOnlyOnItsOwnIsSkippedAlone)
{
    Problems problems;
    const QByteArray json = R"json({"lines": ["(*UCP)Loading", "Menu"], "trailers": []})json";
    const BoilerplateRules rules =
        BoilerplateRules::fromJson(json, QStringLiteral("rules.json"), &problems);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().message.contains(QStringLiteral("(*UCP)Loading")))
        << qPrintable(problems.first().message);
    EXPECT_TRUE(rules.isBoilerplateLine(u"Menu"));
}
