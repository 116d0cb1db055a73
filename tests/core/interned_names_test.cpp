// The table of names mentions carry as numbers: one number per name, from whichever thread asks.
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "app/extract/interned_names.h"
#include "app/extract/mention_finder.h"

#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

TEST(InternedNames, ANameHasOneNumberAndTheNumberGivesTheName)
{
    const int kaz = InternedNames::numberOf(QStringLiteral("interned-test-KAZ"));
    const int arm = InternedNames::numberOf(QStringLiteral("interned-test-ARM"));
    ASSERT_GT(kaz, 0);
    ASSERT_GT(arm, 0);
    EXPECT_NE(kaz, arm);
    EXPECT_EQ(InternedNames::numberOf(QStringLiteral("interned-test-KAZ")), kaz);
    EXPECT_EQ(InternedNames::name(kaz), QStringLiteral("interned-test-KAZ"));
    EXPECT_EQ(InternedNames::name(arm), QStringLiteral("interned-test-ARM"));
    EXPECT_EQ(InternedNames::numberOf(QString()), 0);
    EXPECT_TRUE(InternedNames::name(0).isEmpty());
}

// Extraction runs on every core: names asked for at once from several threads get one number
// each, and every number gives its name back.
TEST(InternedNames, ThreadsAskingAtOnceAgreeOnTheNumbers)
{
    const auto askAll = [] {
        QVector<int> numbers;
        for (int i = 0; i < 300; ++i)
            numbers.append(InternedNames::numberOf(QStringLiteral("concurrent-%1").arg(i)));
        return numbers;
    };
    QFuture<QVector<int>> first = QtConcurrent::run(askAll);
    QFuture<QVector<int>> second = QtConcurrent::run(askAll);
    const QVector<int> a = first.result();
    const QVector<int> b = second.result();
    ASSERT_EQ(a, b);
    for (int i = 0; i < a.size(); ++i) {
        ASSERT_GT(a.at(i), 0);
        EXPECT_EQ(InternedNames::name(a.at(i)), QStringLiteral("concurrent-%1").arg(i));
    }
}

TEST(InternedNames, AMentionGivesBackTheNamesItWasMadeWith)
{
    const Mention m({3, 9}, QStringLiteral("KAZ"), QStringLiteral("leader"), 2);
    EXPECT_EQ(m.entity(), QStringLiteral("KAZ"));
    EXPECT_EQ(m.category(), QStringLiteral("leader"));
    EXPECT_EQ(m.sentence, 2);
    EXPECT_EQ(m.span.start, 3);
    EXPECT_EQ(m.span.end, 9);
}

// A damaged library's records could fill the table of names before any article is extracted.
// The gazetteer's names, numbered when it is read (as every build reads it first), keep their
// numbers; a full table refuses new names; and mentions are still found, each naming its
// country. (In a process of its own: the table stays full until the process ends.)
TEST(InternedNames, AFullTableRefusesNewNamesAndMentionsAreStillFound)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            Problems problems;
            const Gazetteer gazetteer = Gazetteer::builtin(&problems);
            int refused = 0;
            for (int i = 0; i < InternedNames::kCapacity; ++i)
                refused += InternedNames::numberOf(QStringLiteral("filler %1").arg(i)) < 0;
            const MentionFinder finder(gazetteer);
            const BoilerplateRules rules = BoilerplateRules::builtin(&problems);
            const QVector<Article> articles =
                CorpusLoader(rules).load(CorpusOptions(true, {})).articles;
            const QVector<Mention> mentions = finder.find(articles.value(0));
            const bool named =
                std::all_of(mentions.cbegin(), mentions.cend(), [&](const Mention &m) {
                    return gazetteer.find(m.entity()) != nullptr;
                });
            std::exit(refused > 0 && !mentions.isEmpty() && named ? 0 : 1);
        },
        testing::ExitedWithCode(0), "");
}
