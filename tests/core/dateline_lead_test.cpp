// A report's first paragraph may open with its dateline ("ASTANA — ", "MOSCOW, Russia (AP) – "):
// the place it was written from is neither part of the event's clause nor a party to it.
#include "app/extract/event_extractor.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace {

// The only event of `text`, whose text is its clause's words.
std::pair<QString, QStringList> onlyEvent(const QString &text)
{
    Article article = TestSupport::articleFromText(text);
    article.meta.year = 2022;
    const QVector<Event> events = TestSupport::eventsOfArticle(article);
    EXPECT_EQ(events.size(), 1) << text.toStdString();
    if (events.isEmpty())
        return {};
    return {article.quote(events[0].span), events[0].countries};
}

} // namespace

TEST(DatelineLead, ADatelineIsNoPartOfTheFirstEventsClause)
{
    for (const QString &lead :
         {QStringLiteral("ASTANA — "), QStringLiteral("NUR-SULTAN – "),
          QStringLiteral("ASTANA, Kazakhstan (AP) — "), QStringLiteral("MOSCOW, Russia — ")}) {
        const auto [text, countries] =
            onlyEvent(QStringLiteral("Kyrgyzstan abstains\n\n") + lead +
                      QStringLiteral("Kyrgyzstan abstained in the vote on 2 March 2022.\n"));
        EXPECT_EQ(text, QStringLiteral("Kyrgyzstan abstained in the vote on 2 March 2022."))
            << lead.toStdString();
        EXPECT_EQ(countries, QStringList{QStringLiteral("KGZ")}) << lead.toStdString();
    }
}

TEST(DatelineLead, AnOrganisationInCapitalsBeforeADashStaysInTheClause)
{
    // NATO is a party ("NATO — " opens the sentence as its subject), and a sentence further on
    // has no dateline.
    const auto [text, countries] =
        onlyEvent(QStringLiteral("Talks\n\nNATO — with Estonia — met Latvia on 2 March 2022.\n"));
    EXPECT_EQ(text, QStringLiteral("NATO — with Estonia — met Latvia on 2 March 2022."));
    const auto [later, _] = onlyEvent(QStringLiteral(
        "Talks\n\nIt was quiet. RIGA — Latvia met Estonia on 2 March 2022, they said.\n"));
    EXPECT_TRUE(later.startsWith(QStringLiteral("RIGA — "))) << later.toStdString();
}
