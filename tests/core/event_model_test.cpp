#include "app/models/event_model.h"
#include "model_tester.h"
#include "test_support.h"

#include <gtest/gtest.h>

using namespace ModelRoles;

TEST(EventModel, PassesTheModelTester)
{
    EventModel model;
    ReportingModelTester tester(&model);
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
}

TEST(EventModel, ListsACountrysEventsInDateOrder)
{
    EventModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    EXPECT_EQ(model.rowCount(), 12); // the events of the built-in articles that name Kazakhstan
    for (int r = 1; r < model.rowCount(); ++r)
        EXPECT_LE(model.index(r - 1, 0).data(DateRole).toDate(),
                  model.index(r, 0).data(DateRole).toDate());
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_TRUE(
            model.index(r, 0).data(CountriesRole).toStringList().contains(QStringLiteral("KAZ")));
    model.setCountry(QString());
    EXPECT_EQ(model.rowCount(), 121); // every event of the built-in articles
}
