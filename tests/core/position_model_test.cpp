#include "app/model/document_model_builder.h"
#include "app/models/position_model.h"
#include "model_tester.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace ModelRoles;

TEST(PositionModel, PassesTheModelTester)
{
    PositionModel model;
    ReportingModelTester tester(&model);
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    model.setCountry(QStringLiteral("BLR"));
    model.setCountry(QString());
}

TEST(PositionModel, ShowsKazakhstansVoteWithConflictAndClaims)
{
    PositionModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    QModelIndex vote;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(DimensionRole).toString() == QLatin1String("unga_es11_1"))
            vote = model.index(r, 0);
    }
    ASSERT_TRUE(vote.isValid());
    EXPECT_TRUE(vote.data(ConflictRole).toBool());
    EXPECT_EQ(model.index(vote.row(), PositionModel::SourcesColumn).data().toString(),
              QStringLiteral("2 of 3")); // the GFSIS reviews repeat one passage: one source
    EXPECT_TRUE(model.index(vote.row(), PositionModel::EvidenceColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Sources disagree")));
    ASSERT_GE(model.rowCount(vote), 3);
    const QModelIndex claim = model.index(0, PositionModel::EvidenceColumn, vote);
    EXPECT_TRUE(claim.data(IsClaimRole).toBool());
    const Article *a = TestSupport::builtinModel()->article(claim.data(ArticleIdRole).toString());
    ASSERT_NE(a, nullptr);
    const qsizetype start = claim.data(SpanStartRole).toLongLong();
    const qsizetype end = claim.data(SpanEndRole).toLongLong();
    EXPECT_GT(end, start);
    EXPECT_FALSE(a->text.mid(start, end - start).isEmpty());
}

TEST(PositionModel, RowsFollowTheDimensionOrderAndStanceComesFirst)
{
    PositionModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("BLR"));
    ASSERT_GT(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data(DimensionRole).toString(), QStringLiteral("stance"));
    EXPECT_EQ(model.index(0, PositionModel::ValueColumn).data().toString(),
              QStringLiteral("Supports Russia"));
}

TEST(PositionModel, SwapsSnapshotsWithoutShowingTheOldOnesRows)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("a.txt"), "Kazakhstan talked.\n");
    const DocumentModelPtr empty = DocumentModelBuilder::build({false, {dir.path()}});
    PositionModel model;
    ReportingModelTester tester(&model);
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    ASSERT_GT(model.rowCount(), 0);
    model.setDocument(empty); // no codebook: no positions at all
    EXPECT_EQ(model.rowCount(), 0);
    model.setDocument(TestSupport::builtinModel());
    EXPECT_EQ(model.rowCount(),
              TestSupport::builtinModel()->positionsOf(QStringLiteral("KAZ")).size());
}
