#include "models/event_model.h"
#include "test_support.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace ModelRoles;

TEST(EventModel, PassesTheModelTester)
{
    EventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
}

TEST(EventModel, ListsACountrysEventsInDateOrder)
{
    EventModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    EXPECT_EQ(model.rowCount(),
              TestSupport::builtinModel()->eventsOf(QStringLiteral("KAZ")).size());
    for (int r = 1; r < model.rowCount(); ++r)
        EXPECT_LE(model.index(r - 1, 0).data(DateRole).toDate(),
                  model.index(r, 0).data(DateRole).toDate());
    for (int r = 0; r < model.rowCount(); ++r)
        EXPECT_TRUE(
            model.index(r, 0).data(CountriesRole).toStringList().contains(QStringLiteral("KAZ")));
    model.setCountry(QString());
    EXPECT_EQ(model.rowCount(), TestSupport::builtinModel()->events.size());
}
