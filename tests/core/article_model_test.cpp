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
    EXPECT_EQ(start, a.text.toString().indexOf(QStringLiteral("Kazakhstan")));
}

TEST(ArticleModel, ListsTheArticlesThatNameTheCountryOnly)
{
    ArticleModel articles;
    ReportingModelTester tester(&articles);
    articles.setDocument(TestSupport::builtinModel());
    EXPECT_EQ(articles.rowCount(), 5); // no country: every article
    // Counted in the five built-in articles: Kyrgyzstan is named in the Belarus Digest, GFSIS
    // review 50 and Ifri pieces; Estonia only in the Belarus Digest one; Russia in all five.
    articles.setCountry(QStringLiteral("KGZ"));
    EXPECT_EQ(articles.rowCount(), 3);
    articles.setCountry(QStringLiteral("EST"));
    ASSERT_EQ(articles.rowCount(), 1);
    EXPECT_EQ(articles.index(0, 0).data(ModelRoles::ArticleIdRole).toString(),
              QStringLiteral("bd-war-at-the-door"));
    // For every country: the rows are the articles with a mention of it, in the corpus's order,
    // each with its own count (counted here in the model's mentions).
    const DocumentModelPtr model = TestSupport::builtinModel();
    for (const Entity *country : model->countries()) {
        articles.setCountry(country->id);
        QStringList expected;
        QVector<int> expectedCounts;
        for (int a = 0; a < model->articles.size(); ++a) {
            int counted = 0;
            for (const Mention &m : model->mentions.at(a))
                counted += m.entity() == country->id ? 1 : 0;
            if (counted > 0) {
                expected.append(model->articles.at(a).id);
                expectedCounts.append(counted);
            }
        }
        QStringList listed;
        QVector<int> counts;
        for (int row = 0; row < articles.rowCount(); ++row) {
            listed.append(articles.index(row, 0).data(ModelRoles::ArticleIdRole).toString());
            counts.append(articles.index(row, ArticleModel::MentionsColumn).data().toInt());
        }
        EXPECT_EQ(listed, expected) << country->id.toStdString();
        EXPECT_EQ(counts, expectedCounts) << country->id.toStdString();
    }
    articles.setCountry(QStringLiteral("RUS"));
    EXPECT_EQ(articles.rowCount(), 5);
}
