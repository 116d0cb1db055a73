#include "app/codebook/quote_locator.h"

#include <gtest/gtest.h>

TEST(QuoteLocator, MapsNormalisedMatchBackToOriginalOffsets)
{
    const QString text =
        QStringLiteral("He said “Bad peace is better\u00a0than  good war.” Then left.");
    const auto span =
        QuoteLocator(text).locate(QStringLiteral("\"Bad peace is better than good war.\""));
    ASSERT_TRUE(span.has_value());
    EXPECT_EQ(text.mid(span->start, span->length()),
              QStringLiteral("“Bad peace is better\u00a0than  good war.”"));
}

TEST(QuoteLocator, NormalisesApostrophesAndDashes)
{
    const QString text = QStringLiteral("Russia’s war – a test");
    const auto span = QuoteLocator(text).locate(QStringLiteral("Russia's war - a"));
    ASSERT_TRUE(span.has_value());
    EXPECT_EQ(span->start, 0);
    EXPECT_EQ(span->end, 16);
}

TEST(QuoteLocator, AbsentOrEmptyQuoteIsNotFound)
{
    const QuoteLocator locator(QStringLiteral("Kazakhstan abstained."));
    EXPECT_FALSE(locator.locate(QStringLiteral("Kazakhstan voted yes")).has_value());
    EXPECT_FALSE(locator.locate(QStringLiteral("   ")).has_value());
}
