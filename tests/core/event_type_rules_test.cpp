// Event types, each rule on a short text of its own kind: the event's own verb names it, and
// the types file is read as its documentation says.
#include "app/extract/event_extractor.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace {

QVector<Event> eventsOf(const QString &text)
{
    return TestSupport::eventsOfText(text);
}

} // namespace

TEST(EventTypes, EvacuatingOnesOwnCitizensIsNoHumanitarianAid)
{
    const auto events =
        eventsOf(QStringLiteral("On 25 February, Uzbekistan evacuated its citizens from Ukraine."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("other"));
    EXPECT_EQ(events[0].countries, QStringList{QStringLiteral("UZB")});
}

TEST(EventTypes, AVideoGreetingIsAStatementNotAMeeting)
{
    const auto events = eventsOf(QStringLiteral(
        "On July 1, Putin delivered a video greeting to the forum of the regions of Belarus."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("statement"));
}

TEST(EventTypes, SpeakingAtAMeetingIsAStatement)
{
    const auto events = eventsOf(QStringLiteral(
        "On February 24, Lukashenko said at a meeting of the Security Council that Belarus "
        "would not fight."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("statement"));
}

TEST(EventTypes, AidProvidedDespiteSanctionsIsHumanitarian)
{
    const auto events = eventsOf(QStringLiteral(
        "On 5 March, Kazakhstan provided humanitarian aid to Ukraine despite the sanctions "
        "against Russia."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("humanitarian"));
}

TEST(EventTypes, ACrossReferenceAfterANoBreakSpaceIsNoEvent)
{
    EXPECT_TRUE(eventsOf(QStringLiteral("See\u00a0special issues of the Digest (February 25, "
                                        "March 1) about Russia and Ukraine."))
                    .isEmpty());
}

TEST(EventTypes, AStatusGrantedIsNoApplication)
{
    const auto events =
        eventsOf(QStringLiteral("In June 2022, Moldova was granted candidate status by the EU."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("other"));
}

TEST(EventTypes, TheSpeechVerbNotTheWordsReportedTypesTheEvent)
{
    const auto events = eventsOf(QStringLiteral(
        "On 1 March, Lukashenko told reporters that no missiles had been launched from Belarus."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("statement"));
}

TEST(EventTypes, WhatIsSaidDuringACallIsTheCall)
{
    const auto events = eventsOf(QStringLiteral(
        "On 22 February, Putin explained Russia's position to Tokayev during a telephone "
        "conversation."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("call"));
}

TEST(EventTypes, VerbsOfSanctionsApplicationsAndReferendums)
{
    const auto typeOf = [](const char *text) {
        const auto events = eventsOf(QString::fromUtf8(text));
        return events.isEmpty() ? QString() : events.first().type;
    };
    EXPECT_EQ(
        typeOf("On 26 February, the Baltic States closed their airspace to Russian airlines."),
        QStringLiteral("sanction"));
    EXPECT_EQ(typeOf("On 1 April, Lithuania stopped importing Russian gas."),
              QStringLiteral("sanction"));
    EXPECT_EQ(typeOf("On 28 February, Zelensky signed Ukraine's application."),
              QStringLiteral("application"));
    EXPECT_EQ(typeOf("On 27 February, Belarus held a constitutional referendum."),
              QStringLiteral("vote"));
    EXPECT_EQ(typeOf("On 10 March, Kazakhstan sent 27 tonnes of medicine to Ukraine."),
              QStringLiteral("humanitarian"));
    EXPECT_EQ(typeOf("On 19 April, Pashinyan paid an official visit to Moscow."),
              QStringLiteral("meeting"));
    EXPECT_EQ(typeOf("On 13 February, Lithuania and Latvia delivered Stinger air-defence systems "
                     "to Ukraine."),
              QStringLiteral("military"));
    EXPECT_EQ(typeOf("On 5 March, Azerbaijan rejected the claim."), QStringLiteral("statement"));
    // A refusal is a stance stated, not the act refused; one of sanctions stays a sanction.
    EXPECT_EQ(typeOf("On 5 March, Armenia refused a request to send troops."),
              QStringLiteral("statement"));
    EXPECT_EQ(typeOf("On 6 March, Kazakhstan declined to deploy troops."),
              QStringLiteral("statement"));
    EXPECT_EQ(typeOf("On 7 March, Kazakhstan refused to join the sanctions."),
              QStringLiteral("sanction"));
}

TEST(EventTypes, ASecondTypeFromOneFileIsReadAndAnInvalidVerbReported)
{
    Problems problems;
    const EventClassifier classifier = EventClassifier::parse(
        R"({"types": [{"type": "call", "verbs": ["\\bphoned\\b", "(bad"]},
                      {"type": "meeting", "patterns": ["\\bsummit\\b"]}],
            "continuations": ["^the summit\\b"]})",
        QStringLiteral("types.json"), &problems);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].message.contains(QStringLiteral("(bad")));
    // The verb that comes first wins over any pattern.
    EXPECT_EQ(classifier.classify(QStringLiteral("Aliyev phoned Putin after the summit")),
              QStringLiteral("call"));
    EXPECT_EQ(classifier.classify(QStringLiteral("The summit ended")), QStringLiteral("meeting"));
    EXPECT_TRUE(classifier.speaksOfTheEventAgain(QStringLiteral("The summit was long."),
                                                 QStringLiteral("meeting")));
    EXPECT_FALSE(classifier.speaksOfTheEventAgain(QStringLiteral("A storm came."),
                                                  QStringLiteral("meeting")));
}

// Hostile text: a clause of thousands of words with an unclosed quotation and many dates is

// Each verb is its own expression: two that name a group alike do not clash.
TEST(EventTypes, VerbsValidAloneAreAllUsedThoughTheirGroupsShareAName)
{
    Problems problems;
    const EventClassifier classifier = EventClassifier::parse(
        R"json({"types": [{"type": "call", "verbs": ["(?<x>phoned)"]},
            {"type": "meeting", "verbs": ["(?<x>met)"], "patterns": ["\\bsummit\\b"]}]})json",
        QStringLiteral("types.json"), &problems);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_EQ(classifier.classify(QStringLiteral("Armenia phoned Georgia")),
              QStringLiteral("call"));
    EXPECT_EQ(classifier.classify(QStringLiteral("Armenia met Georgia")),
              QStringLiteral("meeting"));
    EXPECT_EQ(classifier.classify(QStringLiteral("The summit ended")), QStringLiteral("meeting"));
}
