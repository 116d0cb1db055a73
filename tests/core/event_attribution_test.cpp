// "…approved an aid package on 2 March, Sandu said.": a short attribution that ends a clause
// tells who reported the event. When the event's date is not in it, its verb names no event
// (the package is aid, not a statement) and its speaker is no party (the Kremlin that reports
// Kazakhstan's aid takes no part in it). Dated itself ("…, Tokayev said on 1 March"), or after
// words that tell of nothing ("On 2 March, Tokayev said in an address"), it is read as any
// clause is.
#include "app/extract/event_extractor.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace {

Event onlyEventOf(const char *text)
{
    const QVector<Event> events = TestSupport::eventsOfText(QString::fromUtf8(text));
    EXPECT_EQ(events.size(), 1) << text;
    return events.value(0);
}

} // namespace

TEST(EventAttribution, AnAttributionAfterTheDatedEventDoesNotNameItsType)
{
    EXPECT_EQ(onlyEventOf("Moldovan President Maia Sandu approved a humanitarian aid package on 2 "
                          "March 2022, Sandu said.")
                  .type,
              QStringLiteral("humanitarian"));
    EXPECT_EQ(onlyEventOf("Georgia's EU application reached Brussels on 3 March 2022, the "
                          "foreign ministry said in a statement.")
                  .type,
              QStringLiteral("application"));
    // Dated by "the same day" before it, as by a date.
    const QVector<Event> events = TestSupport::eventsOfText(QStringLiteral(
        "Kazakhstan sent aid to Ukraine on 1 March 2022. The same day, Moldova approved a "
        "humanitarian aid package, Sandu said."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].type, QStringLiteral("humanitarian"));
    EXPECT_EQ(events[1].date.from, QDate(2022, 3, 1));
}

TEST(EventAttribution, AnAttributionAfterWordsThatTellOfNothingIsTheEvent)
{
    const Event event = onlyEventOf("On 2 March 2022, Tokayev said in a televised address.");
    EXPECT_EQ(event.type, QStringLiteral("statement"));
    EXPECT_EQ(event.countries, QStringList{QStringLiteral("KAZ")});
}

TEST(EventAttribution, TheSpeakerOfAnAttributionIsNoParty)
{
    EXPECT_EQ(onlyEventOf("Kazakhstan sent humanitarian aid to Ukraine on 2 March 2022, the "
                          "Kremlin said.")
                  .countries,
              (QStringList{QStringLiteral("KAZ"), QStringLiteral("UKR")}));
    EXPECT_EQ(onlyEventOf("Uzbekistan sent 10 tonnes of medicine to Ukraine on 4 March 2022, "
                          "Russia's foreign ministry told reporters.")
                  .countries,
              (QStringList{QStringLiteral("UZB"), QStringLiteral("UKR")}));
    EXPECT_EQ(onlyEventOf("Kazakhstan sent humanitarian aid to Ukraine on 2 March 2022, Russia's "
                          "foreign minister told state television.")
                  .countries,
              (QStringList{QStringLiteral("KAZ"), QStringLiteral("UKR")}));
}

TEST(EventAttribution, AnAttributionThatHoldsTheDateIsTheEvent)
{
    const Event event =
        onlyEventOf("Kazakhstan will not send troops to Ukraine, Tokayev said on 1 March 2022.");
    EXPECT_EQ(event.type, QStringLiteral("statement"));
    EXPECT_EQ(event.date.from, QDate(2022, 3, 1));
}
