#include "app/corpus/date_text.h"

#include <gtest/gtest.h>

namespace {

DateRange span(QDate from, QDate to)
{
    return {from, to};
}

} // namespace

TEST(DateText, WritesADayInWordsAndSortably)
{
    const QDate day(2022, 3, 2);
    EXPECT_EQ(DateText::day(day), QStringLiteral("2 Mar 2022"));
    EXPECT_EQ(DateText::longDay(day), QStringLiteral("2 March 2022"));
    EXPECT_EQ(DateText::range(span(day, day), DatePrecision::Day), QStringLiteral("2 Mar 2022"));
}

TEST(DateText, WritesTheYearOfASpanOnceWhenBothEndsShareIt)
{
    EXPECT_EQ(DateText::range(span(QDate(2022, 2, 21), QDate(2022, 3, 3)), DatePrecision::Day),
              QStringLiteral("21 Feb – 3 Mar 2022"));
    EXPECT_EQ(DateText::range(span(QDate(2021, 12, 24), QDate(2022, 1, 3)), DatePrecision::Day),
              QStringLiteral("24 Dec 2021 – 3 Jan 2022"));
}

TEST(DateText, WritesAMonthOrAYearNoMorePreciselyThanItIsKnown)
{
    const DateRange march = span(QDate(2022, 3, 1), QDate(2022, 3, 31));
    EXPECT_EQ(DateText::range(march, DatePrecision::Month), QStringLiteral("Mar 2022"));
    EXPECT_EQ(DateText::range(span(QDate(2022, 2, 1), QDate(2022, 3, 31)), DatePrecision::Month),
              QStringLiteral("Feb 2022 – Mar 2022"));
    EXPECT_EQ(DateText::range(span(QDate(2022, 1, 1), QDate(2022, 12, 31)), DatePrecision::Year),
              QStringLiteral("2022"));
    EXPECT_EQ(DateText::at(QDate(2022, 3, 31), DatePrecision::Month), QStringLiteral("Mar 2022"));
    EXPECT_EQ(DateText::at(QDate(2022, 12, 31), DatePrecision::Year), QStringLiteral("2022"));
}

TEST(DateText, WritesNothingForASpanThatIsNoSpan)
{
    EXPECT_EQ(DateText::range({}, DatePrecision::Day), QString());
    EXPECT_EQ(DateText::range(span(QDate(2022, 3, 3), QDate(2022, 3, 1)), DatePrecision::Day),
              QString());
}

// Tables sort spans of dates by one number: by their start, then by their end; a span without
// a valid start sorts first.
TEST(DateText, SortKeyOrdersByStartThenEnd)
{
    const DateRange early{QDate(2022, 2, 24), QDate(2022, 3, 3)};
    const DateRange sameStartLonger{QDate(2022, 2, 24), QDate(2022, 4, 1)};
    const DateRange later{QDate(2022, 2, 25), QDate(2022, 2, 25)};
    const DateRange oldYear{QDate(1991, 12, 8), QDate(1991, 12, 8)};
    EXPECT_LT(DateText::sortKey(early), DateText::sortKey(sameStartLonger));
    EXPECT_LT(DateText::sortKey(sameStartLonger), DateText::sortKey(later));
    EXPECT_LT(DateText::sortKey(oldYear), DateText::sortKey(early));
    EXPECT_LT(DateText::sortKey(DateRange{}), DateText::sortKey(oldYear));
}
