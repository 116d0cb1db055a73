#include "app/positions/independent_sources.h"
#include "app/positions/position_builder.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace {

Article article(const char *id, const char *author, const char *publisher)
{
    Article a;
    a.id = QLatin1String(id);
    a.meta.author = QLatin1String(author);
    a.meta.publisher = QLatin1String(publisher);
    a.meta.shortName = QStringLiteral("Review ") + a.id;
    return a;
}

Claim claim(const char *value, const char *articleId, const char *quote)
{
    Claim c;
    c.country = QStringLiteral("KAZ");
    c.dimension = QStringLiteral("unga_es11_1");
    c.value = QLatin1String(value);
    c.article = QLatin1String(articleId);
    c.quote = QLatin1String(quote);
    return c;
}

const char *kPassage =
    "Central Asian countries, Armenia and Azerbaijan did not take part in the voting";

} // namespace

TEST(IndependentSources, OneAuthorRepeatingAPassageCountsOnce)
{
    const QVector<Article> articles{
        article("a", "M. Komakhia", "GFSIS"), article("b", "M. Komakhia", "GFSIS"),
        article("c", "L. Kasmach", "Belarus Digest"), article("d", "T. Kastoueva", "Ifri")};
    QVector<Claim> claims{claim("absent", "a", kPassage),
                          claim("absent", "b",
                                "The Central Asian countries, Armenia and "
                                "Azerbaijan did not take part in the voting."),
                          claim("abstain", "c", "Kazakhstan abstained"),
                          claim("abstain", "d", "They abstained from voting at the UNGA")};
    IndependentSources::mark(claims, articles);
    EXPECT_TRUE(claims[0].repeats.isEmpty());
    EXPECT_EQ(claims[1].repeats, QStringLiteral("Review a"));
    const auto positions =
        PositionBuilder::build(claims, {QStringLiteral("KAZ")}, Dimensions::builtin());
    ASSERT_EQ(positions.size(), 1);
    // Two against one, not two against two: the value is no tie broken by codebook order.
    EXPECT_EQ(positions[0].supportCount(QStringLiteral("absent")), 1);
    EXPECT_EQ(positions[0].supportCount(QStringLiteral("abstain")), 2);
    EXPECT_EQ(positions[0].sources(), 3);
    EXPECT_EQ(positions[0].value, QStringLiteral("abstain"));
    EXPECT_EQ(positions[0].agreement(), QStringLiteral("majority"));
    EXPECT_EQ(positions[0].claims.size(), 4); // the repeat stays in the evidence
}

TEST(IndependentSources, OtherAuthorsOrOtherPassagesCountAsTheirOwn)
{
    const QVector<Article> articles{article("a", "M. Komakhia", "GFSIS"),
                                    article("b", "Another Author", "GFSIS"),
                                    article("c", "M. Komakhia", "GFSIS")};
    QVector<Claim> claims{claim("absent", "a", kPassage), claim("absent", "b", kPassage),
                          claim("absent", "c",
                                "Kazakhstan was not present when the Assembly "
                                "voted on the resolution")};
    IndependentSources::mark(claims, articles);
    EXPECT_TRUE(claims[1].repeats.isEmpty()); // the same words, another author
    EXPECT_TRUE(claims[2].repeats.isEmpty()); // the same author, another passage
}

TEST(IndependentSources, WithoutAuthorsOnePublisherIsOneVoice)
{
    const QVector<Article> articles{article("a", "", "Shaw Sheet"), article("b", "", "Shaw Sheet")};
    QVector<Claim> claims{claim("abstain", "a", "Kazakhstan abstained at the UN."),
                          claim("abstain", "b", "kazakhstan abstained at the UN")};
    IndependentSources::mark(claims, articles);
    EXPECT_FALSE(claims[1].repeats.isEmpty());
}

// In the built-in corpus the two GFSIS reviews (one author) repeat the UN vote paragraph: its
// claims say so in their evidence, and count once.
TEST(IndependentSources, TheTwoGfsisReviewsRepeatTheVoteParagraph)
{
    const Position *p = TestSupport::position(*TestSupport::builtinModel(), "KAZ", "unga_es11_1");
    ASSERT_NE(p, nullptr);
    int repeats = 0;
    for (const Claim &c : p->claims)
        repeats += c.repeats.isEmpty() ? 0 : 1;
    EXPECT_EQ(repeats, 1);
    EXPECT_EQ(p->articles().size(), 4);
    EXPECT_EQ(p->sources(), 3);
}

// A signed piece and an unsigned one of the same publisher are not known to be one voice.
TEST(IndependentSources, ASignedAndAnUnsignedPieceOfOnePublisherCountTwice)
{
    const QVector<Article> articles{article("a", "M. Komakhia", "GFSIS"),
                                    article("b", "", "GFSIS")};
    QVector<Claim> claims{claim("absent", "a", kPassage), claim("absent", "b", kPassage)};
    IndependentSources::mark(claims, articles);
    EXPECT_TRUE(claims[1].repeats.isEmpty());
}
