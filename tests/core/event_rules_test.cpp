// Each rule of event extraction on a short text of its own kind, so that it holds on articles
// nobody here has read: dates attached to their own verb, countries of the event's parties.
// (Types: event_type_rules_test.cpp.)
#include "app/extract/event_extractor.h"
#include "test_support.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {

QVector<Event> eventsOf(const QString &text)
{
    return TestSupport::eventsOfText(text);
}

QSet<QString> countriesOf(const Event &e)
{
    return QSet<QString>(e.countries.cbegin(), e.countries.cend());
}

QSet<QString> set(std::initializer_list<const char *> isos)
{
    QSet<QString> result;
    for (const char *iso : isos)
        result.insert(QString::fromLatin1(iso));
    return result;
}

} // namespace

// Dates -------------------------------------------------------------------------------------

TEST(EventDates, AParenthesisWithAVerbDatesAnotherEvent)
{
    const auto events = eventsOf(QStringLiteral(
        "On March 11, Putin met Lukashenko in Moscow. Putin also congratulated Lukashenko on "
        "the referendum (held on February 27) on the constitution."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].date.from, QDate(2022, 3, 11));
}

TEST(EventDates, ARelativeClauseWithoutCommasDatesAnotherEvent)
{
    const auto events = eventsOf(QStringLiteral(
        "On July 1, Putin addressed a forum of Russia and Belarus. During the address, he noted "
        "that the forum comes before the Independence Day of Belarus which is celebrated on July "
        "3."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].date.from, QDate(2022, 7, 1));
}

TEST(EventDates, AParticipleAfterANounDatesAnotherEvent)
{
    const auto events = eventsOf(
        QStringLiteral("On 11 March, Armenia discussed the vote held on 2 March with Russia."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date.from, QDate(2022, 3, 11));
}

TEST(EventDates, AParenthesisOfDatesAloneIsTheTimeOfTheClause)
{
    const auto events =
        eventsOf(QStringLiteral("In the first days of the war (February 24-28), Moldova received "
                                "refugees."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date.from, QDate(2022, 2, 24));
    EXPECT_EQ(events[0].date.to, QDate(2022, 2, 28));
    EXPECT_EQ(events[0].type, QStringLiteral("humanitarian"));
}

TEST(EventDates, AParenthesisOpeningWithADateIsTheTimeOfTheClause)
{
    const auto events = eventsOf(QStringLiteral(
        "Lukashenko and Putin flew together (on February 18, after talks in the Kremlin)."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date.from, QDate(2022, 2, 18));
}

TEST(EventDates, AListOfDatesInAParenthesisDatesASeries)
{
    const auto events = eventsOf(QStringLiteral(
        "The Tajik Ministry of Foreign Affairs issued statements on its citizens (February 24, "
        "February 26, March 2)."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date.from, QDate(2022, 2, 24));
    EXPECT_EQ(events[0].date.to, QDate(2022, 3, 2));
}

TEST(EventDates, AnOpeningFollowingPhraseIsAnotherEventAndItsCountriesTakeNoPart)
{
    const auto events = eventsOf(QStringLiteral(
        "Following the Ukrainian request to join the EU on 28 February, Moldova and Georgia "
        "submitted their own applications on 3 March."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date.from, QDate(2022, 3, 3));
    EXPECT_EQ(countriesOf(events[0]), set({"MDA", "GEO"}));
    EXPECT_EQ(events[0].type, QStringLiteral("application"));
}

TEST(EventDates, ClausesBetweenSemicolonsAreEventsOfTheirOwn)
{
    const auto events = eventsOf(QStringLiteral(
        "Moldova and Georgia have condemned the invasion; the former, along with Ukraine, was "
        "granted the status of candidate country in June 2022."));
    ASSERT_EQ(events.size(), 1); // the condemnation carries no date
    EXPECT_EQ(events[0].precision, DateMention::Precision::Month);
    EXPECT_EQ(events[0].date.from, QDate(2022, 6, 1));
    EXPECT_EQ(countriesOf(events[0]), set({"MDA", "UKR"})); // "the former" is Moldova
    EXPECT_EQ(events[0].type, QStringLiteral("other"));     // a status granted is no application
}

TEST(EventDates, TheSameDayAfterAnUndatedEventHasNoDay)
{
    EXPECT_TRUE(eventsOf(QStringLiteral("Moldova applied to join the EU after Ukraine did. "
                                        "Georgia also applied on the same day."))
                    .isEmpty());
}

TEST(EventDates, ThisDateIsTheDayOfTheEventJustTold)
{
    const auto events = eventsOf(QStringLiteral(
        "On June 15, Belarus marked the anniversary of its relations with Russia. An exhibition "
        "on Belarus was opened on this date."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[1].date.from, QDate(2022, 6, 15));
}

TEST(EventDates, ASentenceIntroducingAListIsNoEvent)
{
    EXPECT_TRUE(
        eventsOf(QStringLiteral("In July, only telephone conversations took place between Belarus "
                                "and Russia:"))
            .isEmpty());
}

TEST(EventDates, ACoordinatedClauseWithItsOwnDateIsAnEventOfItsOwn)
{
    const auto events = eventsOf(QStringLiteral(
        "Lithuania's parliament voted on 24 February to declare an emergency, and on the same day "
        "Estonian Prime Minister Kaja Kallas called the invasion an attack on all of us."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(countriesOf(events[0]), set({"LTU"}));
    EXPECT_EQ(events[0].type, QStringLiteral("vote"));
    EXPECT_EQ(countriesOf(events[1]), set({"EST"}));
    EXPECT_EQ(events[1].date.from, QDate(2022, 2, 24));
    EXPECT_EQ(events[1].type, QStringLiteral("statement"));
}

TEST(EventDates, AClauseWhoseOnlyDateIsAnothersDoesNotTakeTheDayBefore)
{
    const auto events = eventsOf(QStringLiteral(
        "On 29 March, Ukraine thanked Moldova. Kyslytsya, who had asked on 23 February for an "
        "emergency session, praised Georgia."));
    ASSERT_EQ(events.size(), 1); // the praise has no day the text gives
    EXPECT_EQ(events[0].date.from, QDate(2022, 3, 29));
}

TEST(EventDates, AVerbRightAfterTheSubjectIsTheClausesOwn)
{
    const auto events =
        eventsOf(QStringLiteral("The pattern held on 24 March, when Belarus voted against again."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date.from, QDate(2022, 3, 24));
}

TEST(EventDates, ASubordinateClauseWithItsOwnVerbDatesAnotherEvent)
{
    EXPECT_TRUE(
        eventsOf(QStringLiteral("The five Central Asian republics have kept their distance "
                                "since Russian troops crossed into Ukraine on 24 February."))
            .isEmpty());
}

TEST(EventDates, ABecauseClauseWithItsOwnVerbDatesAnotherEvent)
{
    EXPECT_TRUE(eventsOf(QStringLiteral("Kazakhstan keeps its distance because Russian-led troops "
                                        "helped put down the unrest in January."))
                    .isEmpty());
}

TEST(EventDates, ADateNamingAThingIsNoTime)
{
    EXPECT_TRUE(eventsOf(QStringLiteral("Tokayev and Mirziyoyev were both invited to the 9 May "
                                        "parade in Moscow."))
                    .isEmpty());
}

TEST(EventDates, ASemicolonInAQuotationDoesNotEndTheClause)
{
    const auto events = eventsOf(QStringLiteral(
        "“We cannot join them; our economy would not survive it,” Armenia's Prime Minister told "
        "parliament on 16 March."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("statement"));
    EXPECT_EQ(countriesOf(events[0]), set({"ARM"}));
}

// Countries ---------------------------------------------------------------------------------

TEST(EventCountries, AGroupTakesPartThroughItsMembers)
{
    const auto events = eventsOf(
        QStringLiteral("On 2 March, Ukraine, Moldova, the Baltic States, and Georgia voted in "
                       "favour. On 3 March, Central Asian countries abstained."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(countriesOf(events[0]), set({"UKR", "MDA", "EST", "LVA", "LTU", "GEO"}));
    EXPECT_EQ(countriesOf(events[1]), set({"KAZ", "KGZ", "TJK", "TKM", "UZB"}));
}

TEST(EventCountries, ASubjectPronounIsTheSubjectBefore)
{
    const auto events = eventsOf(
        QStringLiteral("Kazakhstan does not want to antagonise Moscow. For instance, on 18 March, "
                       "it decided to use rubles for customs fees."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(countriesOf(events[0]), set({"KAZ"}));
}

TEST(EventCountries, BothPresidentsAreTheTwoNamedBefore)
{
    const auto events = eventsOf(QStringLiteral(
        "Armenia and Azerbaijan signed no treaty. On 4 March, both presidents met in Sochi."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_TRUE(countriesOf(events[0]).contains(set({"ARM", "AZE"})));
}

TEST(EventCountries, TheMinistryIsTheMinistryNamedBeforeNotTheLastEventsParties)
{
    const auto events = eventsOf(QStringLiteral(
        "On June 15, the Ministry of Foreign Affairs of Belarus marked its relations with "
        "Russia. An exhibition was also opened in the ministry on this date."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(countriesOf(events[1]), set({"BLR"}));
}

TEST(EventCountries, LeadersOfUnnamedCountriesAreNotTheCountriesBefore)
{
    EXPECT_TRUE(eventsOf(QStringLiteral("Kazakhstan is neutral. The leaders of the post-Soviet "
                                        "countries met on 4 March."))
                    .isEmpty());
}

TEST(EventCountries, TheWarsOwnNameMakesUkraineNoPartyToACall)
{
    const auto events = eventsOf(QStringLiteral(
        "On 26 February, Putin and Aliyev discussed the situation in Ukraine by telephone."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(countriesOf(events[0]), set({"RUS", "AZE"}));
    EXPECT_EQ(events[0].type, QStringLiteral("call"));
}

TEST(EventCountries, AnAttackOnUkraineIsAMilitaryEventOfUkraine)
{
    const auto events =
        eventsOf(QStringLiteral("On 24 February, the Russian military attack on Ukraine began."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(countriesOf(events[0]), set({"RUS", "UKR"}));
    EXPECT_EQ(events[0].type, QStringLiteral("military"));
}

TEST(EventCountries, WhatAResolutionDemandsIsNotWhoVoted)
{
    const auto events = eventsOf(QStringLiteral(
        "On 2 March, Belarus voted against a resolution demanding “that Russia withdraw all of "
        "its forces from Ukraine at once”."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(countriesOf(events[0]), set({"BLR"}));
    EXPECT_EQ(events[0].type, QStringLiteral("vote"));
}

TEST(EventCountries, ACauseOpeningTheSentenceTakesNoPart)
{
    const auto events = eventsOf(QStringLiteral(
        "Due to Russia's pressure, Zelensky said in a televised speech on March 1 that he would "
        "recall the ambassador from Kyrgyzstan."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_FALSE(events[0].countries.contains(QStringLiteral("RUS")));
    EXPECT_TRUE(countriesOf(events[0]).contains(set({"UKR", "KGZ"})));
    EXPECT_EQ(events[0].type, QStringLiteral("statement")); // a speech is no meeting
}

TEST(EventCountries, SentencesSpeakingOfTheEventAgainNameItsParties)
{
    const auto events = eventsOf(QStringLiteral(
        "On 2 March, the UN General Assembly adopted a resolution. The resolution was supported "
        "by 141 (including Georgia and Moldova) and opposed by five (including Belarus). "
        "Armenia and Azerbaijan did not take part in the voting."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(countriesOf(events[0]), set({"GEO", "MDA", "BLR", "ARM", "AZE"}));
    EXPECT_EQ(events[0].type, QStringLiteral("vote"));
}

TEST(EventCountries, TheSecondMeetingHasTheSameParties)
{
    const auto events = eventsOf(QStringLiteral(
        "On 28 February, Russia and Ukraine met in the Gomel region. The second meeting was held "
        "on 3 March in Belovezh."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(countriesOf(events[1]), set({"RUS", "UKR", "BLR"}));
}

TEST(EventCountries, AShortQuotedNameNamesItsCountry)
{
    const auto events = eventsOf(QStringLiteral(
        "On 16 March, the Council of Europe recognised Transnistria in Moldova as “Russian "
        "occupied territory.”"));
    ASSERT_EQ(events.size(), 1);
    EXPECT_TRUE(countriesOf(events[0]).contains(set({"MDA", "RUS"})));
}

TEST(EventCountries, TheThreeStatesAreTheThreeNamedBefore)
{
    const auto events = eventsOf(QStringLiteral(
        "Estonia, Latvia and Lithuania border Russia. On 24 February the three states asked NATO "
        "for consultations."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(countriesOf(events[0]), set({"EST", "LVA", "LTU"}));
}

TEST(EventCountries, ARelativeClauseAboutTheSubjectTakesNoPart)
{
    const auto events = eventsOf(QStringLiteral(
        "On 5 May, Kazakhstan, which is in a customs union with Russia and Armenia, said it would "
        "not recognise the republics."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(countriesOf(events[0]), set({"KAZ"}));
}

// By-lines and datelines date the article; they tell of no event.
TEST(EventDates, ADatelineIsNoEvent)
{
    EXPECT_TRUE(eventsOf(QStringLiteral("Riga, 28 April 2022 | 5 min read\n\nBy Jane Roe, 2 March "
                                        "2022\n\nAstana, 10 March 2022.\n"))
                    .isEmpty());
}

// read through once (the fuzz corpus feeds such lines; a rescan per word would not finish).
TEST(EventDates, ALongClauseWithAnUnclosedQuotationIsReadThrough)
{
    QString text = QStringLiteral("On 2 March, Armenia said “");
    for (int i = 0; i < 4000; ++i)
        text += QStringLiteral("the vote held on 3 March was the 4 March vote and ");
    text += QStringLiteral("more.");
    const auto events = eventsOf(text);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date.from, QDate(2022, 3, 2));
    EXPECT_EQ(countriesOf(events[0]), set({"ARM"}));
}
