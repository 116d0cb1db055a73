#include "app/extract/gazetteer.h"
#include "test_support.h"

#include <gtest/gtest.h>

TEST(Gazetteer, TellsACountryFromOtherEntitiesAndUnknownCodes)
{
    const Gazetteer &gazetteer = TestSupport::builtinModel()->gazetteer;
    ASSERT_NE(gazetteer.country(QStringLiteral("KAZ")), nullptr);
    EXPECT_EQ(gazetteer.country(QStringLiteral("KAZ"))->name, QStringLiteral("Kazakhstan"));
    // Abkhazia is in the gazetteer as a territory, not a country.
    ASSERT_NE(gazetteer.find(QStringLiteral("ABKHAZIA")), nullptr);
    EXPECT_EQ(gazetteer.country(QStringLiteral("ABKHAZIA")), nullptr);
    EXPECT_EQ(gazetteer.country(QStringLiteral("XYZ")), nullptr);
}
