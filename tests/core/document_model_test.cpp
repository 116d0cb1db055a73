#include "app/corpus/date_text.h"
#include "app/model/document_model.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

Article withId(const char *id)
{
    Article a;
    a.id = QLatin1String(id);
    return a;
}

} // namespace

// Every row of every table asks for its article by id: the built model answers from an index,
// and the answer stays right when the articles change after it was made.
TEST(DocumentModel, FindsArticlesByIdBeforeAndAfterTheirIndexIsMade)
{
    DocumentModel model;
    model.articles = {withId("a"), withId("b"), withId("c")};
    EXPECT_EQ(model.articleIndex(QStringLiteral("c")), 2); // no index yet
    model.makeIndexes();
    EXPECT_EQ(model.articleIndex(QStringLiteral("b")), 1);
    EXPECT_EQ(model.articleIndex(QStringLiteral("none")), -1);
    model.articles.removeFirst(); // the index is now stale
    model.articles.append(withId("d"));
    EXPECT_EQ(model.articleIndex(QStringLiteral("b")), 0);
    EXPECT_EQ(model.articleIndex(QStringLiteral("d")), 2);
    EXPECT_EQ(model.articleIndex(QStringLiteral("a")), -1);
    ASSERT_NE(model.article(QStringLiteral("c")), nullptr);
    EXPECT_EQ(model.article(QStringLiteral("c"))->id, QStringLiteral("c"));
}

TEST(DocumentModel, TheBuiltModelIndexesEveryArticle)
{
    const auto model = TestSupport::builtinModel();
    for (int i = 0; i < model->articles.size(); ++i)
        EXPECT_EQ(model->articleIndex(model->articles.at(i).id), i);
}

TEST(DocumentModel, CountsMentionsFromItsIndexAndAfterTheMentionsChange)
{
    DocumentModel model;
    model.articles = {withId("a"), withId("b")};
    const Mention kaz{{0, 3}, QStringLiteral("KAZ"), QStringLiteral("name"), 0};
    const Mention blr{{5, 8}, QStringLiteral("BLR"), QStringLiteral("name"), 0};
    model.mentions = {{kaz, kaz, blr}, {kaz}};
    model.makeIndexes();
    EXPECT_EQ(model.mentionCount(QStringLiteral("KAZ"), 0), 2);
    EXPECT_EQ(model.mentionCount(QStringLiteral("KAZ"), 1), 1);
    EXPECT_EQ(model.mentionCount(QStringLiteral("KAZ")), 3);
    EXPECT_EQ(model.mentionCount(QStringLiteral("ARM")), 0);
    EXPECT_EQ(model.mentionCount(QStringLiteral("BLR"), 1), 0);
    model.articles.append(withId("c")); // the counts are now stale
    model.mentions.append({blr, blr});
    EXPECT_EQ(model.mentionCount(QStringLiteral("BLR"), 2), 2);
    EXPECT_EQ(model.mentionCount(QStringLiteral("BLR")), 3);
}

TEST(DocumentModel, FindsACountrysEventsAndNamedLeadersFromItsIndexAndWithout)
{
    auto model = std::make_shared<DocumentModel>(*TestSupport::builtinModel());
    const auto indexed = model->eventsOf(QStringLiteral("KAZ"));
    const auto leaders = model->leadersNamed(QStringLiteral("BLR"));
    ASSERT_FALSE(indexed.isEmpty());
    ASSERT_FALSE(leaders.isEmpty());
    // Counted from the events and mentions themselves, the way a model never indexed is asked.
    int kazakh = 0;
    for (const Event &e : model->events)
        kazakh += e.countries.contains(QStringLiteral("KAZ")) ? 1 : 0;
    EXPECT_EQ(indexed.size(), kazakh);
    model->events.append(model->events.first()); // the indexes are now stale
    model->mentions.append(QVector<Mention>());
    model->events.last().countries = {QStringLiteral("KAZ")};
    EXPECT_EQ(model->eventsOf(QStringLiteral("KAZ")).size(), kazakh + 1);
    const auto unindexed = model->leadersNamed(QStringLiteral("BLR"));
    ASSERT_EQ(unindexed.size(), leaders.size());
    for (int i = 0; i < leaders.size(); ++i)
        EXPECT_EQ(unindexed.at(i).name, leaders.at(i).name);
}

TEST(DocumentModel, TellsTheArticlesBehindACountrysEventsFromItsIndexAndWithout)
{
    const DocumentModel &built = *TestSupport::builtinModel();
    DocumentModel unindexed = built; // a copy: its indexes still hold
    for (const Entity *country : built.countries()) {
        QSet<QString> ids;
        for (const Event &e : built.events) {
            if (e.countries.contains(country->id))
                ids.insert(e.article);
        }
        QVector<int> expected;
        for (int i = 0; i < built.articles.size(); ++i) {
            if (ids.contains(built.articles.at(i).id))
                expected.append(i);
        }
        EXPECT_EQ(built.eventArticles(country->id), expected) << country->id.toStdString();
        unindexed.events.append(Event{}); // the index no longer holds: found by a search
        EXPECT_EQ(unindexed.eventArticles(country->id), expected) << country->id.toStdString();
    }
    EXPECT_FALSE(built.eventArticles(QStringLiteral("KAZ")).isEmpty());
}

// The model's events come in the events table's date order — by start, then end — so a
// country's table has nothing to sort: a month that starts on the day of another event comes
// after that day's event, though the text gives the month first.
TEST(DocumentModel, ItsEventsComeByStartThenEnd)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("a.txt"),
                           "Dateline: Tbilisi, 30 March 2022\n\n"
                           "In March 2022, Georgia met Armenia in Yerevan.\n\n"
                           "On 1 March 2022, Georgia called Armenia about the war.\n");
    const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions(false, {dir.path()}));
    QVector<const Event *> march;
    for (const Event &e : model->events) {
        if (e.date.from == QDate(2022, 3, 1))
            march.append(&e);
    }
    ASSERT_EQ(march.size(), 2);
    EXPECT_EQ(march.at(0)->date.to, QDate(2022, 3, 1));  // the day
    EXPECT_EQ(march.at(1)->date.to, QDate(2022, 3, 31)); // the month
    for (qsizetype i = 1; i < model->events.size(); ++i)
        EXPECT_LE(DateText::sortKey(model->events.at(i - 1).date),
                  DateText::sortKey(model->events.at(i).date));
}

// The mentions are counted by their entity's number, then kept under its name: every entity's
// count in every article (and in all of them) is the one counted here, mention by mention.
TEST(DocumentModel, CountsEveryEntitysMentionsInEveryArticle)
{
    const DocumentModel &built = *TestSupport::builtinModel();
    int entitiesMentioned = 0;
    for (const Entity &entity : built.gazetteer.entities()) {
        int total = 0;
        for (int i = 0; i < built.mentions.size(); ++i) {
            int count = 0;
            for (const Mention &m : built.mentions.at(i))
                count += m.entity() == entity.id ? 1 : 0;
            EXPECT_EQ(built.mentionCount(entity.id, i), count)
                << entity.id.toStdString() << " " << i;
            total += count;
        }
        EXPECT_EQ(built.mentionCount(entity.id), total) << entity.id.toStdString();
        entitiesMentioned += total > 0 ? 1 : 0;
    }
    EXPECT_GE(entitiesMentioned, 15); // the countries at least
}
