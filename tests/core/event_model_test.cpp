#include "app/evidence/evidence_ref.h"
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

TEST(EventModel, EachRowGivesTheEvidenceOfItsEventWithItsSentenceAndDate)
{
    EventModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountry(QStringLiteral("KAZ"));
    ASSERT_GT(model.rowCount(), 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex row = model.index(r, EventModel::TextColumn);
        const EvidenceRef ref = row.data(EvidenceRole).value<EvidenceRef>();
        EXPECT_EQ(ref.kind, EvidenceRef::Kind::Event);
        const Article *article = TestSupport::builtinModel()->article(ref.article);
        ASSERT_NE(article, nullptr);
        EXPECT_EQ(article->slice(ref.span), row.data().toString()); // the sentence shown
        EXPECT_EQ(ref.date.basis, SourceDate::Basis::Statement);
        EXPECT_TRUE(
            ref.label.startsWith(row.siblingAtColumn(EventModel::TypeColumn).data().toString()));
    }
    // The first, GFSIS's "In January 2022, … Tokayev appealed to the CSTO", is dated to the month.
    EXPECT_EQ(model.index(0, 0).data(EvidenceRole).value<EvidenceRef>().label,
              QStringLiteral("other, Jan 2022"));
}
