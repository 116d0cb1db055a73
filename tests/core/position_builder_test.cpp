#include "app/positions/position_builder.h"
#include "test_support.h"

#include <gtest/gtest.h>

using TestSupport::builtinModel;
using TestSupport::position;

namespace {

Claim claim(const char *country, const char *dimension, const char *value, const char *article)
{
    Claim c;
    c.country = QLatin1String(country);
    c.dimension = QLatin1String(dimension);
    c.value = QLatin1String(value);
    c.article = QLatin1String(article);
    return c;
}

} // namespace

TEST(PositionBuilder, DetectsConflictOnKazakhstansUnVote)
{
    const Position *p = position(*builtinModel(), "KAZ", "unga_es11_1");
    ASSERT_NE(p, nullptr);
    EXPECT_TRUE(p->conflict);
    QStringList values = p->values();
    values.sort();
    EXPECT_EQ(values, QStringList({QStringLiteral("absent"), QStringLiteral("abstain")}));
    EXPECT_GE(p->articles().size(), 3);
}

TEST(PositionBuilder, AgreedValuesHaveNoConflict)
{
    const Position *vote = position(*builtinModel(), "BLR", "unga_es11_1");
    ASSERT_NE(vote, nullptr);
    EXPECT_EQ(vote->value, QStringLiteral("no"));
    EXPECT_FALSE(vote->conflict);
    const Position *stance = position(*builtinModel(), "BLR", "stance");
    ASSERT_NE(stance, nullptr);
    EXPECT_EQ(stance->value, QStringLiteral("supports_russia"));
    ASSERT_TRUE(stance->score.has_value());
    EXPECT_EQ(*stance->score, -2);
}

TEST(PositionBuilder, MajorityCountsArticlesNotClaims)
{
    const QVector<Claim> claims{
        claim("KAZ", "unga_es11_1", "abstain", "a"), claim("KAZ", "unga_es11_1", "abstain", "a"),
        claim("KAZ", "unga_es11_1", "abstain", "a"), claim("KAZ", "unga_es11_1", "absent", "b"),
        claim("KAZ", "unga_es11_1", "absent", "c")};
    const auto positions =
        PositionBuilder::build(claims, {QStringLiteral("KAZ")}, Dimensions::builtin());
    ASSERT_EQ(positions.size(), 1);
    EXPECT_EQ(positions[0].value, QStringLiteral("absent"));
    EXPECT_EQ(positions[0].supportCount(QStringLiteral("abstain")), 1);
    EXPECT_TRUE(positions[0].conflict);
    EXPECT_FALSE(positions[0].tie);
    EXPECT_EQ(positions[0].agreement(), QStringLiteral("majority"));
    EXPECT_EQ(positions[0].claims.size(), 5);
}

TEST(PositionBuilder, ScoresTheStance)
{
    const auto positions = PositionBuilder::build({claim("GEO", "stance", "leans_ukraine", "a")},
                                                  {QStringLiteral("GEO")}, Dimensions::builtin());
    ASSERT_EQ(positions.size(), 1);
    EXPECT_EQ(positions[0].score, 1);
    EXPECT_FALSE(positions[0].conflict);
}

TEST(PositionBuilder, CountriesWithoutClaimsHaveNoPositions)
{
    EXPECT_TRUE(PositionBuilder::build({claim("GEO", "stance", "balancing", "a")},
                                       {QStringLiteral("ARM")}, Dimensions::builtin())
                    .isEmpty());
}

TEST(PositionBuilder, EvenSplitIsATieAndKeepsTheFirstClaimedValue)
{
    const auto positions = PositionBuilder::build(
        {claim("ARM", "unga_es11_1", "abstain", "a"), claim("ARM", "unga_es11_1", "absent", "b")},
        {QStringLiteral("ARM")}, Dimensions::builtin());
    ASSERT_EQ(positions.size(), 1);
    EXPECT_TRUE(positions[0].tie);
    EXPECT_EQ(positions[0].agreement(), QStringLiteral("tie"));
    EXPECT_EQ(positions[0].value, QStringLiteral("abstain"));
}

TEST(PositionBuilder, ARealTieShowsBothValuesNeverTheFirstClaimedAlone)
{
    const auto positions = PositionBuilder::build(
        {claim("ARM", "unga_es11_1", "abstain", "a"), claim("ARM", "unga_es11_1", "absent", "b")},
        {QStringLiteral("ARM")}, Dimensions::builtin());
    ASSERT_EQ(positions.size(), 1);
    const Dimensions &dimensions = Dimensions::builtin();
    EXPECT_EQ(positions[0].shownValues(),
              (QStringList{QStringLiteral("abstain"), QStringLiteral("absent")}));
    EXPECT_EQ(positions[0].label(dimensions),
              dimensions.valueLabel(QStringLiteral("unga_es11_1"), QStringLiteral("abstain")) +
                  QStringLiteral(" / ") +
                  dimensions.valueLabel(QStringLiteral("unga_es11_1"), QStringLiteral("absent")));
}

TEST(PositionBuilder, ADoubtfulClaimShowsAWarningAndCannotMakeAValueUnanimous)
{
    Claim doubted = claim("TJK", "eaeu_member", "yes", "a");
    doubted.doubtful = true;
    const auto positions =
        PositionBuilder::build({doubted}, {QStringLiteral("TJK")}, Dimensions::builtin());
    ASSERT_EQ(positions.size(), 1);
    EXPECT_FALSE(positions[0].conflict);
    EXPECT_TRUE(positions[0].doubtful());
    EXPECT_EQ(positions[0].agreement(), QStringLiteral("doubtful"));
    EXPECT_TRUE(positions[0].label(Dimensions::builtin()).endsWith(QStringLiteral("\u26A0")));
    // A sure claim of the same value beside it makes the value sure again.
    const auto sure = PositionBuilder::build({doubted, claim("TJK", "eaeu_member", "yes", "b")},
                                             {QStringLiteral("TJK")}, Dimensions::builtin());
    EXPECT_EQ(sure[0].agreement(), QStringLiteral("unanimous"));
}

// The built-in codebook marks Tajikistan's EAEU membership doubtful (its own note doubts it).
TEST(PositionBuilder, TajikistansEaeuMembershipIsDoubtfulInTheBuiltinCodebook)
{
    const Position *p = position(*builtinModel(), "TJK", "eaeu_member");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->agreement(), QStringLiteral("doubtful"));
}
