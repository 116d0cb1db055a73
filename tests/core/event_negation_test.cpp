// A clause that tells its event did not happen ("Kyrgyzstan did not join sanctions on
// Wednesday", "Turkmenistan made no statement") makes no event: a mark on a country's timeline
// would say the opposite of its sentence. A denied verb gives way to a later one of the clause,
// a vote keeps those that did not vote, and the words that take a denial's force away ("not
// only", "no longer") or end its reach (a comma, "and") leave the event as it was.
#include "app/extract/event_classifier.h"
#include "app/extract/event_extractor.h"
#include "test_support.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QString describe(const QVector<Event> &events)
{
    QStringList parts;
    for (const Event &e : events)
        parts.append(e.type + QLatin1Char(' ') + e.countries.join(QLatin1Char(',')));
    return parts.join(QStringLiteral("; "));
}

} // namespace

TEST(EventNegation, AClauseThatTellsNothingWasDoneMakesNoEvent)
{
    for (const char *text : {
             "Kyrgyzstan did not join sanctions against Russia on 2 March 2022.",
             "Georgia didn't impose sanctions on Russia on 1 March 2022.",
             "Georgia didn\u2019t impose sanctions on Russia on 1 March 2022.",
             "Kazakhstan has not yet formally joined the sanctions as of 4 March 2022.",
             "Turkmenistan made no statement on 2 March 2022.",
             "On 2 March 2022 the ministry reported that Armenia had sent no troops to the region.",
             "Neither Armenia nor Azerbaijan sent troops to Ukraine on 3 March 2022.",
             "Uzbekistan never applied for membership, officials recalled on 3 March 2022.",
             "Kazakhstan did not impose or join sanctions against Russia on 2 March 2022.",
         }) {
        const QVector<Event> events = TestSupport::eventsOfText(QString::fromUtf8(text));
        EXPECT_TRUE(events.isEmpty()) << text << " → " << describe(events).toStdString();
    }
}

TEST(EventNegation, AVoteKeepsThoseThatDidNotVote)
{
    const QVector<Event> events =
        TestSupport::eventsOfText(QStringLiteral("Azerbaijan did not vote on 2 March 2022."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("vote"));
    EXPECT_EQ(events[0].countries, QStringList{QStringLiteral("AZE")});
}

TEST(EventNegation, ADeniedVerbGivesWayToTheNextVerbOfTheClause)
{
    const QVector<Event> events = TestSupport::eventsOfText(QStringLiteral(
        "Kazakhstan did not join the sanctions but sent humanitarian aid to Ukraine on 4 March "
        "2022."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("humanitarian"));
}

TEST(EventNegation, WordsThatTakeTheDenialsForceAwayOrEndItsReachLeaveTheEvent)
{
    const struct {
        const char *text;
        const char *type;
    } cases[] = {
        {"Moldova not only applied for membership on 3 March 2022, it asked for speed.",
         "application"},
        {"Kazakhstan did not protest and imposed sanctions on Russia on 1 March 2022.", "sanction"},
        {"Not surprisingly, Georgia applied for membership on 3 March 2022.", "application"},
        {"Moldova, not a member of NATO, applied for EU membership on 3 March 2022.",
         "application"},
        {"Latvia, which has no gas of its own, stopped importing Russian gas on 1 April 2022.",
         "sanction"},
        {"Kazakhstan sent no fewer than 30 tonnes of humanitarian aid to Ukraine on 3 March "
         "2022.",
         "humanitarian"},
        {"Kazakhstan did not hesitate to join sanctions on 2 March 2022.", "sanction"},
        {"Moldova did not apply for membership until 3 March 2022.", "application"},
    };
    for (const auto &c : cases) {
        const QVector<Event> events = TestSupport::eventsOfText(QString::fromUtf8(c.text));
        ASSERT_EQ(events.size(), 1) << c.text << " → " << describe(events).toStdString();
        EXPECT_EQ(events[0].type, QLatin1String(c.type)) << c.text;
    }
}

TEST(EventNegation, ADeniedPartAfterButAddsNoCountryToTheEventBefore)
{
    const QVector<Event> events = TestSupport::eventsOfText(QStringLiteral(
        "Georgia applied for membership on 3 March 2022. That decision was welcomed in Kyiv, "
        "but Azerbaijan did not apply."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].countries, (QStringList{QStringLiteral("GEO"), QStringLiteral("UKR")}));
}

TEST(EventNegation, ListsThatAreNotListsOfWordsAreReportedAndReadAsNone)
{
    Problems problems;
    const EventClassifier classifier = EventClassifier::parse(
        R"({"types": [{"type": "sanction", "verbs": ["\\bjoined sanctions\\b"]}],
            "negation": {"words": "not", "endings": [3]}})",
        QStringLiteral("event_types.json"), &problems);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].message.contains(QLatin1String("\"words\"")));
    EXPECT_TRUE(problems[1].message.contains(QLatin1String("\"endings\"")));
    EXPECT_EQ(problems[0].file, QStringLiteral("event_types.json"));
    // With no denying word read, the denied verb still names the event.
    const EventClassifier::Reading reading =
        classifier.read(QStringLiteral("Kyrgyzstan has not joined sanctions"));
    EXPECT_EQ(reading.type, QStringLiteral("sanction"));
    EXPECT_FALSE(reading.notDone);
}

TEST(EventNegation, AnAbsenceRecordedThatIsNotTrueOrFalseIsReported)
{
    Problems problems;
    EventClassifier::parse(R"({"types": [{"type": "vote", "absenceIsRecorded": "yes"}]})",
                           QStringLiteral("event_types.json"), &problems);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems[0].message.contains(QLatin1String("absenceIsRecorded")));
    EXPECT_TRUE(problems[0].message.contains(QLatin1String("\"vote\"")));
}

// Nothing was done, but the story is at that day: "the same day" after it takes it. A clause
// that names someone in between moves the story on.
TEST(EventNegation, TheSameDayAfterWhatWasNotDoneIsItsDay)
{
    const QVector<Event> events = TestSupport::eventsOfText(QStringLiteral(
        "Kyrgyzstan did not join sanctions on 2 March 2022. The same day, Kazakhstan closed its "
        "airspace to Russian airlines."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].type, QStringLiteral("sanction"));
    EXPECT_EQ(events[0].date.from, QDate(2022, 3, 2));
    EXPECT_TRUE(TestSupport::eventsOfText(
                    QStringLiteral("Kyrgyzstan did not join sanctions on 2 March 2022. Armenia "
                                   "kept silent. The same day, Kazakhstan closed its airspace."))
                    .isEmpty());
}
