// A sentence that speaks of the event just told again ("That decision was welcomed in Kyiv")
// adds the countries it names, but not those of a part about someone else after "but",
// "while", "whereas" or ", yet" — unless that part's own verb is of the event's kind, or of the
// kind of the part before it.
#include "app/extract/event_classifier.h"
#include "app/extract/event_extractor.h"
#include "test_support.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {

QSet<QString> countriesOfTheOnlyEvent(const QString &text)
{
    const QVector<Event> events = TestSupport::eventsOfText(text);
    EXPECT_EQ(events.size(), 1);
    return events.isEmpty()
               ? QSet<QString>{}
               : QSet<QString>(events[0].countries.cbegin(), events[0].countries.cend());
}

} // namespace

TEST(EventContinuations, APartAboutSomeoneElseAddsNoCountry)
{
    for (const char *conjunction : {", but", " but", ", while", ", whereas", ", yet"}) {
        const QString text =
            QStringLiteral("Georgia applied for membership on 3 March. That decision was "
                           "welcomed in Kyiv%1 Azerbaijan kept silent.")
                .arg(QLatin1String(conjunction));
        EXPECT_EQ(countriesOfTheOnlyEvent(text),
                  (QSet<QString>{QStringLiteral("GEO"), QStringLiteral("UKR")}))
            << text.toStdString();
    }
}

TEST(EventContinuations, APartWhoseVerbIsOfTheEventsKindStillTakesPart)
{
    EXPECT_EQ(countriesOfTheOnlyEvent(QStringLiteral(
                  "On 2 March the UN General Assembly adopted a resolution. The resolution was "
                  "supported by Moldova, while Belarus voted against it.")),
              (QSet<QString>{QStringLiteral("MDA"), QStringLiteral("BLR")}));
}

TEST(EventContinuations, APartThatDoesWhatThePartBeforeDidStillTakesPart)
{
    EXPECT_EQ(countriesOfTheOnlyEvent(QStringLiteral(
                  "Georgia applied for membership on 3 March. That decision was welcomed in Kyiv, "
                  "while Chisinau also welcomed it.")),
              (QSet<QString>{QStringLiteral("GEO"), QStringLiteral("UKR"), QStringLiteral("MDA")}));
}

TEST(EventContinuations, NoContrastIsReadWhereTheWordsAreNoneOrGoOn)
{
    const QSet<QString> all{QStringLiteral("GEO"), QStringLiteral("UKR"), QStringLiteral("MDA")};
    for (const char *continuation :
         {"That decision was welcomed meanwhile in Kyiv and Chisinau.", // "while" in a word
          "That decision was welcomed not only in Kyiv but also in Chisinau.",
          "That decision, not yet final, was welcomed in Kyiv and Chisinau."}) {
        EXPECT_EQ(
            countriesOfTheOnlyEvent(QStringLiteral("Georgia applied for membership on 3 March. ") +
                                    QString::fromUtf8(continuation)),
            all)
            << continuation;
    }
}

// A vote's breakdown follows it in sentences of their own, undated: those that voted for or
// against it, abstained or did not vote take part in it. After an event of another kind, such
// a sentence speaks of no event of its own.
TEST(EventContinuations, AVotesBreakdownAfterItTakesPartInIt)
{
    const QString vote =
        QStringLiteral("The UN General Assembly adopted a resolution on 2 March 2022. ");
    const struct {
        const char *breakdown;
        QStringList countries;
    } cases[] = {
        {"Belarus joined Russia and Syria in voting against the resolution.",
         {QStringLiteral("BLR"), QStringLiteral("RUS")}},
        {"Georgia and Moldova voted in favour.", {QStringLiteral("GEO"), QStringLiteral("MDA")}},
        {"Kazakhstan and Armenia were among the 35 countries abstaining.",
         {QStringLiteral("KAZ"), QStringLiteral("ARM")}},
        {"Azerbaijan did not vote.", {QStringLiteral("AZE")}},
    };
    for (const auto &c : cases) {
        const QVector<Event> events =
            TestSupport::eventsOfText(vote + QString::fromUtf8(c.breakdown));
        ASSERT_EQ(events.size(), 1) << c.breakdown;
        EXPECT_EQ(events[0].type, QStringLiteral("vote"));
        EXPECT_EQ(events[0].countries, c.countries) << c.breakdown;
    }
}

TEST(EventContinuations, AVotesBreakdownAfterAnotherKindOfEventAddsNoOne)
{
    EXPECT_EQ(countriesOfTheOnlyEvent(QStringLiteral(
                  "Georgia applied for membership on 3 March 2022. Moldova voted against it.")),
              (QSet<QString>{QStringLiteral("GEO")}));
}

TEST(EventContinuations, ATypeListedTwiceKeepsTheContinuationsOfBoth)
{
    Problems problems;
    const EventClassifier classifier = EventClassifier::parse(
        R"({"types": [{"type": "vote", "continuations": ["\\bvoted against\\b"]},
                      {"type": "vote", "continuations": ["\\babstained\\b"]}]})",
        QStringLiteral("event_types.json"), &problems);
    EXPECT_TRUE(problems.isEmpty());
    EXPECT_TRUE(classifier.speaksOfTheEventAgain(QStringLiteral("Belarus voted against it."),
                                                 QStringLiteral("vote")));
    EXPECT_TRUE(classifier.speaksOfTheEventAgain(QStringLiteral("Armenia abstained."),
                                                 QStringLiteral("vote")));
}
