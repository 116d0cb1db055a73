#include "app/extract/gazetteer.h"
#include "app/extract/interned_names.h"
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

// The countries an entity stands for, asked by the number of its id (as a mention carries it),
// are those asked by its id: for every entity of the gazetteer, an id it does not hold and
// numbers no name has.
TEST(Gazetteer, TheCountriesOfANumberedIdAreThoseOfTheId)
{
    const Gazetteer &gazetteer = TestSupport::builtinModel()->gazetteer;
    int groups = 0;
    for (const Entity &entity : gazetteer.entities()) {
        const int number = InternedNames::numberOf(entity.id);
        ASSERT_GE(number, 0);
        EXPECT_EQ(gazetteer.countriesOfNumbered(number), gazetteer.countriesOf(entity.id))
            << entity.id.toStdString();
        groups += gazetteer.countriesOf(entity.id).size() > 1 ? 1 : 0;
    }
    EXPECT_GT(groups, 0); // a group stands for its members
    const QString unknown = QStringLiteral("NOT-AN-ENTITY");
    EXPECT_TRUE(gazetteer.countriesOfNumbered(InternedNames::numberOf(unknown)).isEmpty());
    EXPECT_TRUE(gazetteer.countriesOfNumbered(-1).isEmpty());
    EXPECT_TRUE(gazetteer.countriesOfNumbered(InternedNames::kCapacity).isEmpty());
}
