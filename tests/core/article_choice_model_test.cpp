#include "app/models/article_choice_model.h"
#include "app/models/model_roles.h"
#include "model_tester.h"
#include "test_support.h"

#include <gtest/gtest.h>

// The source viewer's chooser: an article's row is its place in the corpus, and each row names
// its article as the other lists do.
TEST(ArticleChoiceModel, ListsEveryArticleAtItsPlaceInTheCorpus)
{
    ArticleChoiceModel choices;
    ReportingModelTester tester(&choices);
    EXPECT_EQ(choices.rowCount(), 0);
    const DocumentModelPtr model = TestSupport::builtinModel();
    choices.setDocument(model);
    ASSERT_EQ(choices.rowCount(), model->articles.size());
    for (int row = 0; row < choices.rowCount(); ++row) {
        const Article &a = model->articles.at(row);
        const QModelIndex index = choices.index(row);
        EXPECT_EQ(index.data(ModelRoles::ArticleIdRole).toString(), a.id);
        EXPECT_EQ(model->articleIndex(a.id), row);
        EXPECT_TRUE(index.data().toString().endsWith(a.meta.title)) << a.id.toStdString();
        EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().startsWith(a.meta.publisher));
    }
    // The Shaw Sheet piece is chosen by its short name.
    const int shaw = model->articleIndex(QStringLiteral("shaw-belarus-kazakhstan"));
    EXPECT_TRUE(choices.index(shaw).data().toString().startsWith(QStringLiteral("Shaw Sheet")));
}
