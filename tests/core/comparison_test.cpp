#include "app/compare/comparison.h"
#include "app/compare/comparison_set.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QStringList kBelarusKazakhstan{QStringLiteral("BLR"), QStringLiteral("KAZ")};

const ComparisonRow *rowOf(const Comparison &comparison, const char *dimension)
{
    for (const ComparisonRow &row : comparison.rows) {
        if (row.dimension == QLatin1String(dimension))
            return &row;
    }
    return nullptr;
}

} // namespace

TEST(Comparison, BelarusAndKazakhstanOnTheSecondOfMarchVote)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    const ComparisonRow *vote = rowOf(comparison, "unga_es11_1");
    ASSERT_NE(vote, nullptr);
    ASSERT_EQ(vote->cells.size(), 2);
    ASSERT_NE(vote->cells[0], nullptr);
    ASSERT_NE(vote->cells[1], nullptr);
    EXPECT_EQ(vote->cells[0]->value, QStringLiteral("no"));
    EXPECT_FALSE(vote->cells[0]->conflict);
    // Some sources say Kazakhstan abstained, others that it did not take part.
    EXPECT_TRUE(vote->cells[1]->conflict);
    // Two sources against one: the two GFSIS reviews, by one author, repeat one passage.
    EXPECT_EQ(vote->cells[1]->value, QStringLiteral("abstain"));
    EXPECT_EQ(vote->cells[1]->agreement(), QStringLiteral("majority"));
    EXPECT_TRUE(vote->cells[1]->values().contains(QStringLiteral("abstain")));
    EXPECT_TRUE(vote->cells[1]->values().contains(QStringLiteral("absent")));
    EXPECT_EQ(vote->status(), ComparisonRow::Status::Differ);
}

TEST(Comparison, MembershipsAgreeAndStanceDiffers)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    for (const char *membership : {"csto_member", "eaeu_member"}) {
        const ComparisonRow *row = rowOf(comparison, membership);
        ASSERT_NE(row, nullptr) << membership;
        EXPECT_EQ(row->cells[0]->value, QStringLiteral("yes"));
        EXPECT_EQ(row->cells[1]->value, QStringLiteral("yes"));
        EXPECT_EQ(row->status(), ComparisonRow::Status::Agree);
    }
    EXPECT_EQ(rowOf(comparison, "stance")->status(), ComparisonRow::Status::Differ);
}

TEST(Comparison, ARowWithOneCountryUnknownNeitherDiffersNorAgrees)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    const ComparisonRow *aid = rowOf(comparison, "humanitarian_aid");
    ASSERT_NE(aid, nullptr);
    EXPECT_EQ(aid->cells[0], nullptr); // no source on Belarus's aid
    EXPECT_NE(aid->cells[1], nullptr);
    EXPECT_EQ(aid->status(), ComparisonRow::Status::Incomplete);
    // Dimensions no source speaks to for either country are left out.
    EXPECT_EQ(rowOf(comparison, "nato_member"), nullptr);
}

TEST(Comparison, RowsFollowTheDimensionOrderWhateverTheCountryOrder)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison forward = Comparison::build(*model, kBelarusKazakhstan);
    const Comparison backward =
        Comparison::build(*model, {QStringLiteral("KAZ"), QStringLiteral("BLR")});
    ASSERT_EQ(forward.rows.size(), backward.rows.size());
    for (int r = 0; r < forward.rows.size(); ++r) {
        EXPECT_EQ(forward.rows[r].dimension, backward.rows[r].dimension);
        EXPECT_EQ(forward.rows[r].cells[0], backward.rows[r].cells[1]);
    }
    EXPECT_EQ(forward.rows.first().dimension, QStringLiteral("stance"));
}

TEST(ComparisonSet, ChecksCodesCountAndDoubles)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const auto check = [&](const char *text) {
        return ComparisonSet::check(ComparisonSet::split(QLatin1String(text)), *model);
    };
    EXPECT_EQ(ComparisonSet::split(QStringLiteral(" blr, kaz ,")), kBelarusKazakhstan);
    EXPECT_TRUE(check(" blr, kaz ,").isEmpty());
    EXPECT_TRUE(check("BLR,XYZ").contains(QStringLiteral("unknown country code 'XYZ'")));
    EXPECT_FALSE(check("BLR").isEmpty());
    EXPECT_FALSE(check("BLR,KAZ,ARM,AZE,GEO").isEmpty());
    EXPECT_TRUE(check("BLR,KAZ,blr").contains(QStringLiteral("twice")));
    // The codes name countries, not organisations or territories of the gazetteer.
    EXPECT_FALSE(check("BLR,NATO").isEmpty());
    EXPECT_TRUE(check("ARM,AZE,GEO,MDA").isEmpty());
}

TEST(ComparisonRow, StatusOfAFewMadeUpRows)
{
    Position yes;
    yes.value = QStringLiteral("yes");
    Position no = yes;
    no.value = QStringLiteral("no");
    Position disputedYes = yes;
    disputedYes.conflict = true;
    using Status = ComparisonRow::Status;
    EXPECT_EQ((ComparisonRow{{}, {&yes, &yes}}.status()), Status::Agree);
    EXPECT_EQ((ComparisonRow{{}, {&yes, &no}}.status()), Status::Differ);
    EXPECT_EQ((ComparisonRow{{}, {&yes, nullptr, &no}}.status()), Status::Differ);
    EXPECT_EQ((ComparisonRow{{}, {&yes, nullptr}}.status()), Status::Incomplete);
    EXPECT_EQ((ComparisonRow{{}, {&yes, &disputedYes}}.status()), Status::Incomplete);
    EXPECT_EQ((ComparisonRow{{}, {&no, &disputedYes}}.status()), Status::Differ);
}

TEST(Comparison, CountsItsRowsByStatus)
{
    // Made-up rows: two agree, one differs, three are incomplete.
    Position yes;
    yes.value = QStringLiteral("yes");
    Position no = yes;
    no.value = QStringLiteral("no");
    Position disputed = yes;
    disputed.conflict = true;
    Comparison comparison;
    comparison.rows = {{{}, {&yes, &yes}},    {{}, {&no, &no}},        {{}, {&yes, &no}},
                       {{}, {&yes, nullptr}}, {{}, {&yes, &disputed}}, {{}, {nullptr, &no}}};
    const ComparisonCounts counts = comparison.counts();
    EXPECT_EQ(counts.agree, 2);
    EXPECT_EQ(counts.differ, 1);
    EXPECT_EQ(counts.incomplete, 3);
    const ComparisonCounts none = Comparison().counts();
    EXPECT_EQ(none.differ + none.agree + none.incomplete, 0);
}

TEST(ComparisonSet, OffersTheCountriesTheArticlesSpeakOf)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const QStringList candidates = ComparisonSet::candidates(*model);
    for (const char *iso : {"BLR", "KAZ", "EST", "RUS", "UKR"})
        EXPECT_TRUE(candidates.contains(QLatin1String(iso))) << iso;
    // Organisations and territories are not countries to compare.
    EXPECT_FALSE(candidates.contains(QStringLiteral("NATO")));
    // A corpus of its own, without codebook: the countries it mentions, and no others.
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("note.txt"),
                           "Estonia and Latvia condemned the attack on 24 February 2022.\n");
    CorpusOptions options;
    options.builtin = false;
    options.folders = {dir.path()};
    EXPECT_EQ(ComparisonSet::candidates(*DocumentModelBuilder::build(options)),
              (QStringList{QStringLiteral("EST"), QStringLiteral("LVA")}));
}
