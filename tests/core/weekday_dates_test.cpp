// News dates what happened in the days before it by the weekday: in an article of a known day,
// "on Tuesday" is the Tuesday of the week up to it. Each form on a short text of its own.
#include "app/extract/event_extractor.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace {

// The events of `body` in an article published on Thursday 3 March 2022 (its dateline).
QVector<Event> eventsPublishedOnThursday(const QString &body)
{
    const Article article = TestSupport::articleFromText(
        QStringLiteral("Kazakhstan keeps its distance\n\nAstana, 3 March 2022\n\n") + body);
    EXPECT_EQ(article.meta.published, QDate(2022, 3, 3));
    EXPECT_EQ(QDate(2022, 3, 3).dayOfWeek(), Qt::Thursday);
    return TestSupport::eventsOfArticle(article);
}

} // namespace

TEST(WeekdayDates, OnAWeekdayIsThatDayInTheWeekUpToThePublication)
{
    const auto events = eventsPublishedOnThursday(
        QStringLiteral("On Tuesday, Kazakhstan abstained in the vote. Armenia said on Thursday "
                       "that it would stay out. Uzbekistan met Tajikistan on Friday."));
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].date.from, QDate(2022, 3, 1));  // two days before
    EXPECT_EQ(events[1].date.from, QDate(2022, 3, 3));  // the day itself
    EXPECT_EQ(events[2].date.from, QDate(2022, 2, 25)); // six days before: never after it
    EXPECT_EQ(events[0].date.from, events[0].date.to);
}

TEST(WeekdayDates, LastWeekdayIsBeforeThePublicationDay)
{
    const auto events = eventsPublishedOnThursday(
        QStringLiteral("Last Thursday, Kazakhstan abstained in the vote. Armenia voted against "
                       "it last Monday."));
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].date.from, QDate(2022, 2, 24)); // a week before, not the day itself
    EXPECT_EQ(events[1].date.from, QDate(2022, 2, 28));
}

TEST(WeekdayDates, AFutureARepeatedOrANamedWeekdayDatesNothing)
{
    for (const char *sentence :
         {"Kazakhstan will vote next Monday.", "Armenia votes every Tuesday.",
          "Kazakhstan abstained in Tuesday's vote.", "Georgia met Armenia on Tuesdays.",
          "Kazakhstan's parliament will vote on Friday on the treaty.",
          "Armenia is due to meet Georgia on Monday.", "Armenia meets Georgia this Friday.",
          "Kazakhstan must answer Armenia by Monday.", "Armenia marked Good Friday with Georgia.",
          "Georgia plans to apply on Monday, Armenia said."}) {
        EXPECT_TRUE(eventsPublishedOnThursday(QString::fromUtf8(sentence)).isEmpty()) << sentence;
    }
}

TEST(WeekdayDates, AWordOfTheFutureBeforeAPastSayingOrAfterTheWeekdayKeepsIt)
{
    const auto said = eventsPublishedOnThursday(
        QStringLiteral("Kazakhstan will not recognise the republics, a senior official said on "
                       "Thursday."));
    ASSERT_EQ(said.size(), 1);
    EXPECT_EQ(said[0].date.from, QDate(2022, 3, 3));
    const auto after =
        eventsPublishedOnThursday(QStringLiteral("Armenia said on Monday it will stay neutral."));
    ASSERT_EQ(after.size(), 1);
    EXPECT_EQ(after[0].date.from, QDate(2022, 2, 28));
}

TEST(WeekdayDates, AWeekdayBesideADateIsThatDatesOnly)
{
    const auto events = eventsPublishedOnThursday(
        QStringLiteral("On Tuesday, 22 February, Kazakhstan abstained in the vote."));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].date.from, QDate(2022, 2, 22));
}

TEST(WeekdayDates, AnArticleOfNoKnownDayDatesNoWeekday)
{
    const Article article = TestSupport::articleFromText(
        QStringLiteral("Kazakhstan keeps its distance\n\nOn Tuesday, Kazakhstan abstained in the "
                       "vote. In 2022 it said so again."));
    ASSERT_FALSE(article.meta.published.isValid());
    EXPECT_TRUE(TestSupport::eventsOfArticle(article).isEmpty());
}

// Wire reports leave out "on": "Kazakhstan Tuesday said…". A weekday between a capitalised
// subject and its verb in the past dates the verb; before anything else ("Armenia marked Good
// Friday with Georgia", "the Super Tuesday primaries") the capitalised word is a name's.
TEST(WeekdayDates, AWeekdayBetweenACapitalisedSubjectAndItsVerbInThePastDatesIt)
{
    for (const char *sentence :
         {"Kazakhstan Tuesday said it would not recognise the republics.",
          "Kazakhstan Tuesday abstained in the vote.", "Armenia Tuesday met Georgia in Yerevan."}) {
        const auto events = eventsPublishedOnThursday(QString::fromUtf8(sentence));
        ASSERT_EQ(events.size(), 1) << sentence;
        EXPECT_EQ(events[0].date.from, QDate(2022, 3, 1)) << sentence;
    }
    EXPECT_TRUE(eventsPublishedOnThursday(QStringLiteral("Georgia held its Super Tuesday "
                                                         "primaries with Armenia."))
                    .isEmpty());
}
