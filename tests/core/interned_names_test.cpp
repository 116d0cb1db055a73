// The table of names mentions carry as numbers: one number per name, from whichever thread asks.
#include "app/extract/interned_names.h"
#include "app/extract/mention_finder.h"

#include <QtConcurrent/QtConcurrentRun>

#include <gtest/gtest.h>

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
