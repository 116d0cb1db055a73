// The model tester reports through GoogleTest.
#include "app/models/article_model.h"
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
