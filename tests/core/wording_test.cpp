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
