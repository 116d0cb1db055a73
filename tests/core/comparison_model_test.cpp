#include "app/models/comparison_filter_model.h"
#include "app/models/comparison_model.h"
#include "model_tester.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace ModelRoles;

namespace {

const QStringList kBelarusKazakhstan{QStringLiteral("BLR"), QStringLiteral("KAZ")};

int modelRowOf(const QAbstractItemModel &model, const char *dimension)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(DimensionRole).toString() == QLatin1String(dimension))
            return r;
    }
    return -1;
}

} // namespace

TEST(ComparisonModel, PassesTheModelTester)
{
    ComparisonModel model;
    ReportingModelTester tester(&model);
    model.setDocument(TestSupport::builtinModel());
    model.setCountries(kBelarusKazakhstan);
    model.setCountries({QStringLiteral("ARM"), QStringLiteral("AZE"), QStringLiteral("GEO")});
    model.setCountries({});
    ComparisonFilterModel filter;
    ReportingModelTester proxyTester(&filter);
    filter.setSourceModel(&model);
    model.setCountries(kBelarusKazakhstan);
    filter.setHideAgreeing(true);
    filter.setHideAgreeing(false);
}

TEST(ComparisonModel, CellsCarryValueSourcesConflictAndTheFirstQuote)
{
    ComparisonModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountries(kBelarusKazakhstan);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Belarus"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal, IsoRole).toString(), QStringLiteral("KAZ"));
    const int vote = modelRowOf(model, "unga_es11_1");
    ASSERT_GE(vote, 0);
    EXPECT_EQ(model.index(vote, 0).data(RowStatusRole).value<ComparisonRow::Status>(),
              ComparisonRow::Status::Differ);
    EXPECT_TRUE(model.index(vote, 2)
                    .data(Qt::AccessibleDescriptionRole)
                    .toString()
                    .startsWith(QStringLiteral("2 of 3 sources give this value; the sources "
                                               "disagree; newest evidence ")));
    EXPECT_EQ(model.index(vote, 1).data().toString(), QStringLiteral("Against"));
    EXPECT_FALSE(model.index(vote, 1).data(ConflictRole).toBool());
    const QModelIndex kazakhstan = model.index(vote, 2);
    EXPECT_TRUE(kazakhstan.data(ConflictRole).toBool());
    // Four articles, three sources: the two GFSIS reviews repeat one passage of one author.
    EXPECT_EQ(kazakhstan.data(SourceCountRole).toInt(), 3);
    EXPECT_EQ(kazakhstan.data(SupportCountRole).toInt(), 2);
    const QString value = kazakhstan.data(ValueRole).toString();
    // The span a click opens is a quote that gives the value shown.
    const Article *article =
        TestSupport::builtinModel()->article(kazakhstan.data(ArticleIdRole).toString());
    ASSERT_NE(article, nullptr);
    const qsizetype start = kazakhstan.data(SpanStartRole).toLongLong();
    const qsizetype end = kazakhstan.data(SpanEndRole).toLongLong();
    ASSERT_GT(end, start);
    bool found = false;
    for (const Claim &claim : model.positionAt(kazakhstan)->claims)
        found = found || (claim.span.start == start && claim.value == value);
    EXPECT_TRUE(found);
    // The tooltip lists every quote, on both sides of the dispute.
    const QString tooltip = kazakhstan.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tooltip.contains(QStringLiteral("Abstained")));
    EXPECT_TRUE(tooltip.contains(QStringLiteral("Did not vote")));
}

TEST(ComparisonModel, ACellWithoutSourceSaysSo)
{
    ComparisonModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountries(kBelarusKazakhstan);
    const int aid = modelRowOf(model, "humanitarian_aid");
    ASSERT_GE(aid, 0);
    EXPECT_EQ(model.index(aid, 1).data().toString(), QStringLiteral("No source"));
    EXPECT_EQ(model.index(aid, 1).data(SourceCountRole).toInt(), 0);
    EXPECT_FALSE(model.index(aid, 1).data(ArticleIdRole).isValid());
    EXPECT_EQ(model.positionAt(model.index(aid, 1)), nullptr);
}

TEST(ComparisonFilterModel, HidesOnlyTheRowsWhereAllAgree)
{
    ComparisonModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountries({QStringLiteral("BLR"), QStringLiteral("KAZ"), QStringLiteral("ARM")});
    ComparisonFilterModel filter;
    filter.setSourceModel(&model);
    EXPECT_EQ(filter.rowCount(), model.rowCount());
    filter.setHideAgreeing(true);
    QStringList kept;
    for (int r = 0; r < filter.rowCount(); ++r)
        kept.append(filter.index(r, 0).data(DimensionRole).toString());
    QStringList notAgreeing;
    for (const ComparisonRow &row : model.comparison().rows) {
        if (row.status() != ComparisonRow::Status::Agree)
            notAgreeing.append(row.dimension);
    }
    EXPECT_EQ(kept, notAgreeing);
    EXPECT_LT(kept.size(), model.rowCount());
    EXPECT_FALSE(kept.contains(QStringLiteral("csto_member")));
    EXPECT_TRUE(kept.contains(QStringLiteral("unga_es11_1")));
    EXPECT_TRUE(kept.contains(QStringLiteral("humanitarian_aid"))); // incomplete: kept
}
