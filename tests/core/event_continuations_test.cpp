// A sentence that speaks of the event just told again ("That decision was welcomed in Kyiv")
// adds the countries it names, but not those of a part about someone else after "but",
// "while" or "whereas" — unless that part's own verb is of the event's kind.
#include "app/extract/event_extractor.h"
#include "test_support.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {

QSet<QString> countriesOfTheOnlyEvent(const QString &text)
{
    Article article = TestSupport::articleFromText(text);
    article.meta.year = 2022;
    const QVector<Event> events = TestSupport::eventsOfArticle(article);
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

TEST(EventContinuations, AWordThatOnlyContainsAConjunctionCutsNothing)
{
    // "meanwhile", "butter": not "while" and "but" as words.
    EXPECT_EQ(countriesOfTheOnlyEvent(QStringLiteral(
                  "Georgia applied for membership on 3 March. That decision was welcomed "
                  "meanwhile in Kyiv and Baku.")),
              (QSet<QString>{QStringLiteral("GEO"), QStringLiteral("UKR"), QStringLiteral("AZE")}));
}
