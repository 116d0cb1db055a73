#include "app/codebook/codebook_loader.h"
#include "app/codebook/quote_locator.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using TestSupport::builtinModel;

namespace {

QVector<Claim> parse(const QByteArray &json, Problems *problems)
{
    const auto model = builtinModel();
    return CodebookLoader(model->gazetteer, model->articles, model->dimensions)
        .parse(json, QStringLiteral("cb.json"), problems);
}

QByteArray codebookWith(const QByteArray &claimLine)
{
    return "{\n  \"schema\": 1,\n  \"claims\": [\n"
           "    {\"country\": \"BLR\", \"dimension\": \"unga_es11_1\", \"value\": \"no\", "
           "\"article\": \"bd-war-at-the-door\", \"quote\": \"among the latter Russia and "
           "Belarus\"},\n"
           "    " +
           claimLine + "\n  ]\n}\n";
}

} // namespace

TEST(CodebookLoader, EveryBuiltinQuoteIsFoundAtItsOffsets)
{
    QFile file(QStringLiteral(":/codebook.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    const qsizetype written =
        QJsonDocument::fromJson(json).object().value(QLatin1String("claims")).toArray().size();
    Problems problems;
    const QVector<Claim> claims = parse(json, &problems);
    for (const Problem &p : problems)
        ADD_FAILURE() << p.toString().toStdString();
    EXPECT_EQ(claims.size(), written);
    const auto model = builtinModel();
    for (const Claim &c : claims) {
        const Article *a = model->article(c.article);
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(QuoteLocator::normalise(a->quote(c.span)), QuoteLocator::normalise(c.quote))
            << "codebook line " << c.line;
    }
}

// A stance rests on what the sources say about stance: the five articles state one for ten
// countries. Of the Baltic States they say only how they voted, which is no stance.
TEST(CodebookLoader, BuiltinCodebookGivesAStanceWhereASourceStatesOne)
{
    const auto model = builtinModel();
    const QStringList stated{"ARM", "AZE", "BLR", "GEO", "KAZ", "KGZ", "MDA", "TJK", "TKM", "UZB"};
    for (const QString &iso : stated)
        EXPECT_NE(model->position(iso, QStringLiteral("stance")), nullptr) << iso.toStdString();
    for (const char *iso : {"EST", "LVA", "LTU"})
        EXPECT_EQ(model->position(QLatin1String(iso), QStringLiteral("stance")), nullptr) << iso;
    for (const Claim &c : model->everyClaim)
        EXPECT_FALSE(c.dimension == QLatin1String("stance") &&
                     c.quote.contains(QLatin1String("voted in favour")))
            << "a stance read off a vote: " << c.country.toStdString();
}

TEST(CodebookLoader, QuoteNotInTheTextIsAProblemWithItsLine)
{
    Problems problems;
    const auto claims = parse(
        codebookWith(
            "{\"country\": \"KAZ\", \"dimension\": \"stance\", \"value\": \"balancing\", "
            "\"article\": \"bd-war-at-the-door\", \"quote\": \"Kazakhstan invaded the Moon\"}"),
        &problems);
    EXPECT_EQ(claims.size(), 1);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].file, QStringLiteral("cb.json"));
    EXPECT_EQ(problems[0].line, 5);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("quote not found")));
}

TEST(CodebookLoader, SyntaxErrorNamesTheLineAndKeepsNothingBroken)
{
    Problems problems;
    const auto claims = parse("{\n \"claims\": [\n  {\"country\": \"KAZ\",,}\n ]\n}", &problems);
    EXPECT_TRUE(claims.isEmpty());
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0].line, 3);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("not valid JSON")));
}

TEST(CodebookLoader, UnknownCountryDimensionValueAndArticleAreProblems)
{
    const QByteArray json =
        "{\"claims\": [\n"
        "{\"country\": \"XXX\", \"dimension\": \"stance\", \"value\": \"balancing\", \"article\": "
        "\"bd-war-at-the-door\", \"quote\": \"Belarus\"},\n"
        "{\"country\": \"KAZ\", \"dimension\": \"mood\", \"value\": \"happy\", \"article\": "
        "\"bd-war-at-the-door\", \"quote\": \"Belarus\"},\n"
        "{\"country\": \"KAZ\", \"dimension\": \"stance\", \"value\": \"loves_russia\", "
        "\"article\": \"bd-war-at-the-door\", \"quote\": \"Belarus\"},\n"
        "{\"country\": \"KAZ\", \"dimension\": \"stance\", \"value\": \"balancing\", \"article\": "
        "\"nowhere\", \"quote\": \"Belarus\"}\n"
        "]}";
    Problems problems;
    EXPECT_TRUE(parse(json, &problems).isEmpty());
    ASSERT_EQ(problems.size(), 4);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("unknown country \"XXX\"")));
    EXPECT_EQ(problems[0].line, 2);
    EXPECT_TRUE(problems[1].message.contains(QStringLiteral("unknown dimension")));
    EXPECT_TRUE(problems[2].message.contains(QStringLiteral("allowed: supports_russia")));
    EXPECT_TRUE(problems[3].message.contains(QStringLiteral("not in the corpus")));
    EXPECT_EQ(problems[3].line, 5);
}

TEST(CodebookLoader, QuoteWithStraightQuotesAndExtraSpacesIsFound)
{
    Problems problems;
    const auto claims =
        parse(codebookWith(
                  "{\"country\": \"KAZ\", \"dimension\": \"stance\", \"value\": \"balancing\", "
                  "\"article\": \"bd-war-at-the-door\", "
                  "\"quote\": \"Kazakhstan's   attempts at neutrality resemble a balancing act\"}"),
              &problems);
    EXPECT_TRUE(problems.isEmpty());
    ASSERT_EQ(claims.size(), 2);
    const Article *a = builtinModel()->article(QStringLiteral("bd-war-at-the-door"));
    EXPECT_EQ(a->quote(claims[1].span),
              QStringLiteral("Kazakhstan’s attempts at neutrality resemble a balancing act"));
}
