#include "app/corpus/wording.h"

#include <gtest/gtest.h>

TEST(Wording, CountsOneInTheSingularAndEveryOtherNumberInThePlural)
{
    EXPECT_EQ(Wording::counted(1, "country", "countries"), QStringLiteral("1 country"));
    EXPECT_EQ(Wording::counted(0, "country", "countries"), QStringLiteral("0 countries"));
    EXPECT_EQ(Wording::counted(15, "country", "countries"), QStringLiteral("15 countries"));
    EXPECT_EQ(Wording::counted(2, QStringLiteral("mention"), QStringLiteral("mentions")),
              QStringLiteral("2 mentions"));
}

// A big library's counts are read at a glance: thousands are marked, as the charts' captions mark
// them, whatever the machine's language.
TEST(Wording, ACountOfThousandsHasItsThousandsMarked)
{
    EXPECT_EQ(Wording::counted(19339, "article", "articles"), QStringLiteral("19,339 articles"));
    EXPECT_EQ(Wording::counted(1234567, "event", "events"), QStringLiteral("1,234,567 events"));
    EXPECT_EQ(Wording::counted(999, "event", "events"), QStringLiteral("999 events"));
    EXPECT_EQ(Wording::number(1000), QStringLiteral("1,000"));
}

TEST(Wording, AQuoteGetsOnlyTheQuotationMarksItLacks)
{
    EXPECT_EQ(Wording::quoted(QStringLiteral("Kazakhstan abstained")),
              QStringLiteral("“Kazakhstan abstained”"));
    // A span that starts at the article's own opening mark keeps it, and is not given another.
    EXPECT_EQ(Wording::quoted(QStringLiteral("“We do not support the war")),
              QStringLiteral("“We do not support the war”"));
    EXPECT_EQ(Wording::quoted(QStringLiteral("“We do not support the war.”")),
              QStringLiteral("“We do not support the war.”"));
    EXPECT_EQ(Wording::quoted(QStringLiteral("the war,” he said")),
              QStringLiteral("“the war,” he said”"));
    EXPECT_EQ(Wording::quoted(QStringLiteral("«Non» au vote")), QStringLiteral("«Non» au vote”"));
    // An apostrophe at the end is no closing mark.
    EXPECT_EQ(Wording::quoted(QStringLiteral("the countries'")),
              QStringLiteral("“the countries'”"));
}
