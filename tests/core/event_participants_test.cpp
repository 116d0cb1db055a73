// EventParticipants: the parts of a clause that speak of someone without making them a party.
#include "app/extract/event_participants.h"
#include "test_support.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <utility>

// A quotation of five words or more is an aside (what someone said); a shorter one is a name
// for a thing. Its words are counted as a split at white space counts them (here: Qt's split,
// with white space of every kind between and around the words).
TEST(EventParticipants, AQuotationOfFiveWordsOrMoreIsAnAside)
{
    const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList gaps = {
        QStringLiteral(" "),      QStringLiteral("  "),     QStringLiteral("\t"),
        QStringLiteral("\n"),     QStringLiteral(" \r\n "), QStringLiteral("\u00A0"),
        QStringLiteral("\u2003"), QStringLiteral("\u0085"), QStringLiteral("\v\f")};
    for (int words = 1; words <= 7; ++words) {
        for (const QString &gap : gaps) {
            for (const bool padded : {false, true}) {
                QStringList list;
                for (int w = 0; w < words; ++w)
                    list.append(QStringLiteral("word%1").arg(w));
                const QString inside =
                    (padded ? gap : QString()) + list.join(gap) + (padded ? gap : QString());
                for (const auto &[open, close] :
                     {std::pair(u'\u201C', u'\u201D'), std::pair(u'"', u'"')}) {
                    const QString quoted = QChar(open) + inside + QChar(close);
                    const QString clause = QStringLiteral("Tokayev called it ") + quoted;
                    const bool aside = quoted.split(spaces, Qt::SkipEmptyParts).size() >= 5;
                    const QVector<TextSpan> parts =
                        EventParticipants::circumstanceAndQuotes(clause, 100);
                    ASSERT_EQ(parts.size(), aside ? 1 : 0) << words << " " << gap.size();
                    if (aside) {
                        EXPECT_EQ(parts.first().start, 100 + clause.indexOf(quoted));
                        EXPECT_EQ(parts.first().end, 100 + clause.size());
                    }
                }
            }
        }
    }
}

// A country acts through its legislature and its state companies: named alone ("The Saeima",
// "SOCAR"), they make it a party, where the war's target had been the only country read.
TEST(EventParticipants, ALegislatureOrStateCompanyNamedAloneMakesItsCountryAParty)
{
    const struct {
        const char *text;
        const char *country;
    } cases[] = {
        {"The Saeima on 3 March 2022 adopted a statement condemning Russia's attack on Ukraine.",
         "LVA"},
        {"The state oil company SOCAR said on 26 February 2022 that it would give free fuel to "
         "ambulances in Ukraine.",
         "AZE"},
        {"The Verkhovna Rada on 3 March 2022 called on Kazakhstan to join the sanctions.", "UKR"},
    };
    for (const auto &c : cases) {
        const QVector<Event> events = TestSupport::eventsOfText(QString::fromUtf8(c.text));
        ASSERT_EQ(events.size(), 1) << c.text;
        EXPECT_TRUE(events[0].countries.contains(QLatin1String(c.country)))
            << c.text << " → " << events[0].countries.join(QLatin1Char(',')).toStdString();
    }
}

// The war told as a happening ("after Russia invaded neighbouring Ukraine", "a week after Russia
// launched its full-scale invasion") or its happenings' places ("the killings in the Ukrainian
// town of Bucha") is the
// background of another event: the countries named in it take no part. The invasion itself is
// a military event of both.
TEST(EventParticipants, TheWarToldAsBackgroundMakesNoParty)
{
    const struct {
        const char *text;
        QStringList countries;
    } cases[] = {
        {"Armenia called for dialogue on 25 February 2022, after Russia invaded neighbouring "
         "Ukraine.",
         {QStringLiteral("ARM")}},
        {"Kazakhstan on 5 April 2022 condemned the killings in the Ukrainian town of Bucha.",
         {QStringLiteral("KAZ")}},
        // A place of Ukraine that aid goes to is Ukraine's part in it.
        {"Kazakhstan sent 20 tonnes of aid to the Ukrainian city of Kharkiv on 3 March 2022.",
         {QStringLiteral("KAZ"), QStringLiteral("UKR")}},
        {"Georgia applied for EU membership on 3 March 2022, a week after Russia launched its "
         "full-scale invasion.",
         {QStringLiteral("GEO")}},
        {"Russia invaded Ukraine on 24 February 2022.",
         {QStringLiteral("RUS"), QStringLiteral("UKR")}},
    };
    for (const auto &c : cases) {
        const QVector<Event> events = TestSupport::eventsOfText(QString::fromUtf8(c.text));
        ASSERT_EQ(events.size(), 1) << c.text;
        EXPECT_EQ(events[0].countries, c.countries) << c.text;
    }
}
