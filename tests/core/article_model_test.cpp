#include "app/models/article_model.h"
#include "model_tester.h"
#include "test_support.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace ModelRoles;

TEST(ArticleModel, PassesTheModelTester)
{
    ArticleModel model;
    ReportingModelTester tester(&model);
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
}

TEST(ArticleModel, CountsTheSelectedCountrysMentions)
{
    ArticleModel model;
    model.setDocument(TestSupport::builtinModel());
    // One reset (not a change of every row, which filters above it pay for row by row).
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setCountry(QStringLiteral("KAZ"));
    EXPECT_EQ(reset.count(), 1);
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.index(4, ArticleModel::PublisherColumn).data().toString(),
              QStringLiteral("Shaw Sheet"));
    // The Shaw Sheet piece names Kazakhstan six times (counted in the article: "Kazakhstan",
    // "Tokayev" and the other terms the gazetteer gives it).
    EXPECT_EQ(model.index(4, ArticleModel::MentionsColumn).data().toInt(), 6);
    // The Belarus Digest piece: sixteen, less the two in a photo caption the boilerplate rules
    // drop.
    EXPECT_EQ(model.index(0, ArticleModel::MentionsColumn).data().toInt(), 14);
    // The period the GFSIS review covers, in the words used everywhere in the app.
    EXPECT_EQ(model.index(1, ArticleModel::DateColumn).data().toString(),
              QStringLiteral("21 Feb – 3 Mar 2022"));
    EXPECT_EQ(model.index(0, 0).data(ArticleIdRole).toString(),
              QStringLiteral("bd-war-at-the-door"));
}

TEST(ArticleModel, PointsAtTheCountrysFirstMention)
{
    ArticleModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    const QModelIndex shaw = model.index(4, 0);
    const Article &a = TestSupport::builtinModel()->articles.at(4);
    const qsizetype start = shaw.data(SpanStartRole).toLongLong();
    const qsizetype end = shaw.data(SpanEndRole).toLongLong();
    EXPECT_EQ(a.text.mid(start, end - start), QStringLiteral("Kazakhstan"));
    EXPECT_EQ(start, a.text.indexOf(QStringLiteral("Kazakhstan")));
}
