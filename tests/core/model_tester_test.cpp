// The model tester reports through GoogleTest, and the one model that had no tester gets it.
#include "app/models/article_model.h"
#include "app/models/mentioning_articles_model.h"
#include "app/models/model_roles.h"
#include "model_tester.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

namespace {

// Says it has rows but hands out no index for them: what QAbstractItemModelTester catches.
class RowsWithoutIndexes : public QAbstractListModel {
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &, int) const override { return {}; }
    QModelIndex index(int, int, const QModelIndex & = {}) const override { return {}; }
};

} // namespace

TEST(ReportingModelTester, ABrokenModelFailsTheTestInsteadOfAbortingTheRun)
{
    ::testing::TestPartResultArray failures;
    {
        const ::testing::ScopedFakeTestPartResultReporter intercept(
            ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
        RowsWithoutIndexes broken;
        ReportingModelTester tester(&broken);
    }
    ASSERT_GT(failures.size(), 0);
    for (int i = 0; i < failures.size(); ++i) {
        EXPECT_TRUE(failures.GetTestPartResult(i).nonfatally_failed());
        EXPECT_THAT(failures.GetTestPartResult(i).message(),
                    ::testing::HasSubstr("QAbstractItemModelTester: FAIL!"));
    }
}

TEST(ReportingModelTester, OtherWarningsAreNotFailures)
{
    ArticleModel model;
    ReportingModelTester tester(&model);
    qWarning("a warning of the application's own");
    model.setDocument(TestSupport::builtinModel());
}

TEST(MentioningArticlesModel, PassesTheModelTesterAndKeepsTheArticlesThatNameTheCountry)
{
    ArticleModel articles;
    MentioningArticlesModel mentioning;
    mentioning.setSourceModel(&articles);
    ReportingModelTester tester(&mentioning);
    articles.setDocument(TestSupport::builtinModel());
    // Counted in the five built-in articles: Kyrgyzstan is named in the Belarus Digest, GFSIS
    // review 50 and Ifri pieces; Estonia only in the Belarus Digest one; Russia in all five.
    articles.setCountry(QStringLiteral("KGZ"));
    EXPECT_EQ(mentioning.rowCount(), 3);
    articles.setCountry(QStringLiteral("EST"));
    ASSERT_EQ(mentioning.rowCount(), 1);
    EXPECT_EQ(mentioning.index(0, 0).data(ModelRoles::ArticleIdRole).toString(),
              QStringLiteral("bd-war-at-the-door"));
    articles.setCountry(QStringLiteral("RUS"));
    EXPECT_EQ(mentioning.rowCount(), 5);
}
