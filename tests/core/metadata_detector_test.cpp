#include "app/corpus/metadata_detector.h"
#include "test_support.h"

#include <gtest/gtest.h>

using TestSupport::articleFromText;

TEST(MetadataDetector, ReadsAuthorLinePeriodAndPublisherFooter)
{
    const Article a = articleFromText(QStringLiteral(
        "Loading...\n\nReview of Russia’s Policy in Central Asia\n\n"
        "Author: Mamuka Komakhia, Analyst\n\nReview period:  February 21 – March 3, 2022\n\n"
        "Text of the review goes here.\n\n© 2024 Georgian Foundation For Strategic and "
        "International "
        "Studies. All Rights Reserved."));
    EXPECT_EQ(a.meta.title, QStringLiteral("Review of Russia’s Policy in Central Asia"));
    EXPECT_EQ(a.meta.author, QStringLiteral("Mamuka Komakhia"));
    EXPECT_EQ(a.meta.period.from, QDate(2022, 2, 21));
    EXPECT_EQ(a.meta.period.to, QDate(2022, 3, 3));
    EXPECT_EQ(a.meta.publisher,
              QStringLiteral("Georgian Foundation For Strategic and International Studies"));
    EXPECT_EQ(a.contextYear(), 2022);
}

TEST(MetadataDetector, ReadsByLineAndDateLine)
{
    const Article a =
        articleFromText(QStringLiteral("Belarus and Kazakhstan\n\n31 March 2022\n\nLessons for "
                                       "neighbours.\n\nBy Neil Tidmarsh\n\nBody."));
    EXPECT_EQ(a.meta.author, QStringLiteral("Neil Tidmarsh"));
    EXPECT_EQ(a.meta.published, QDate(2022, 3, 31));
    EXPECT_EQ(a.meta.title, QStringLiteral("Belarus and Kazakhstan"));
}

TEST(MetadataDetector, FallsBackToTheFileNameForTitle)
{
    const Article a = articleFromText(QStringLiteral("ok"), QStringLiteral("short.txt"));
    EXPECT_EQ(a.meta.title, QStringLiteral("short.txt"));
    EXPECT_TRUE(a.meta.author.isEmpty());
    EXPECT_FALSE(a.meta.published.isValid());
}

TEST(MetadataDetector, SentenceMentioningADateIsNotADateLine)
{
    const Article a = articleFromText(QStringLiteral(
        "Some headline words here\n\nThe resolution was adopted on 2 March 2022 by 141 votes."));
    EXPECT_FALSE(a.meta.published.isValid());
}

TEST(MetadataDetector, ReadsADateOnTheByLineAndAnIsoDateLine)
{
    const Article a = articleFromText(
        QStringLiteral("My Title\n\nBy Jane Roe | 2 March 2022\n\nArmenia abstained."));
    EXPECT_EQ(a.meta.title, QStringLiteral("My Title"));
    EXPECT_EQ(a.meta.author, QStringLiteral("Jane Roe"));
    EXPECT_EQ(a.meta.published, QDate(2022, 3, 2));
    const Article b =
        articleFromText(QStringLiteral("Another Title\n\nPublished: 2022-03-02\n\nText."));
    EXPECT_EQ(b.meta.published, QDate(2022, 3, 2));
}

TEST(MetadataDetector, ATitleIsReadWithoutTheMarkdownAroundIt)
{
    const auto titleOf = [](const char *text) {
        return MetadataDetector::detect(
                   articleFromText(QString::fromUtf8(text), QStringLiteral("notes.md")))
            .title;
    };
    EXPECT_EQ(titleOf("# Install script for the lab\n\nThe body of it.\n"),
              QStringLiteral("Install script for the lab"));
    EXPECT_EQ(titleOf("## Notes from Tbilisi ##\n\nThe body of it.\n"),
              QStringLiteral("Notes from Tbilisi"));
    EXPECT_EQ(titleOf("**Moldova and the vote**\n\nThe body of it.\n"),
              QStringLiteral("Moldova and the vote"));
    // A hash inside a title is the title's own.
    EXPECT_EQ(titleOf("Issue #5 of the review\n\nThe body of it.\n"),
              QStringLiteral("Issue #5 of the review"));
}

// A web capture: the site's name and navigation above, the by-line and dateline before the
// headline. The headline is the title; the by-line names both authors; the dateline gives the
// date and the place — and no event.
TEST(MetadataDetector, AWebCapturesSiteNameAndNavigationAreNotItsTitle)
{
    const Article a = articleFromText(
        QStringLiteral("The Baltic Ledger\nHome | News | Analysis | Opinion\nSubscribe | Sign in\n"
                       "By Kaarel Tamm and Ilze Berzina\nRiga, 28 April 2022 | 5 min read\n"
                       "Baltic capitals turn condemnation into sanctions\n\n"
                       "Lithuania stopped importing Russian gas on 1 April.\n"));
    EXPECT_EQ(a.meta.title, QStringLiteral("Baltic capitals turn condemnation into sanctions"));
    EXPECT_EQ(a.meta.author, QStringLiteral("Kaarel Tamm and Ilze Berzina"));
    EXPECT_EQ(a.meta.published, QDate(2022, 4, 28));
    EXPECT_EQ(a.meta.place, QStringLiteral("Riga"));
    EXPECT_EQ(a.meta.publisher, QStringLiteral("The Baltic Ledger")); // the site publishes it
    const Article plain = articleFromText(QStringLiteral("Baltic capitals turn to sanctions\n\n"
                                                         "Lithuania stopped importing gas.\n"),
                                          QStringLiteral("baltic.txt"));
    EXPECT_TRUE(plain.meta.publisher.isEmpty());
    EXPECT_EQ(plain.label(), plain.meta.title); // no publisher: its title names it, not its file
}

// "Astana, 10 March 2022." under a long headline: a line of its own, never run on into the
// headline, whatever the headline's length.
TEST(MetadataDetector, ADatelineAfterALongHeadlineIsALineOfItsOwn)
{
    const Article a = articleFromText(
        QStringLiteral("Kyiv and Chisinau become EU candidates; Tbilisi is told to wait for now\n"
                       "Astana, 10 March 2022.\n\nKazakhstan sent aid to Ukraine on 9 March.\n"));
    EXPECT_EQ(a.meta.title,
              QStringLiteral("Kyiv and Chisinau become EU candidates; Tbilisi is told to wait for "
                             "now"));
    EXPECT_EQ(a.meta.published, QDate(2022, 3, 10));
    EXPECT_EQ(a.meta.place, QStringLiteral("Astana"));
}

// A trial's Markdown articles opened "Dniester Daily — 4 March 2022", plain or in italics: no
// date was read, and the article fell back to its year.
TEST(MetadataDetector, ADateAfterANameAndADashIsTheArticlesDate)
{
    for (const QString &line : {QStringLiteral("Dniester Daily — 4 March 2022"),
                                QStringLiteral("*Dniester Daily – 4 March 2022*"),
                                QStringLiteral("__Dniester Daily—4 March 2022__"),
                                QStringLiteral("Dniester Daily - 4 March 2022")}) {
        const Article a =
            articleFromText(QStringLiteral("# Chisinau condemns the invasion\n\n") + line +
                            QStringLiteral("\n\nMoldova condemned it again.\n"));
        EXPECT_EQ(a.meta.published, QDate(2022, 3, 4)) << line.toStdString();
        EXPECT_TRUE(a.meta.place.isEmpty()) << a.meta.place.toStdString(); // a name, not a place
        EXPECT_EQ(a.meta.title, QStringLiteral("Chisinau condemns the invasion"));
    }
    // A longer line after the dash is no dateline.
    const Article sentence = articleFromText(
        QStringLiteral("Notes\n\nChisinau — 4 March 2022 was the day the talks began in earnest "
                       "and nobody came.\n\nBody text.\n"));
    EXPECT_FALSE(sentence.meta.published.isValid());
}

// A name that ends in a publication's word ("Observer", "Daily"; resources/publication_words.json)
// before a dateline's date is the publisher's; another name before a comma is the place.
TEST(MetadataDetector, APublicationsNameBeforeTheDateIsThePublisherNotAPlace)
{
    for (const QString &line : {QStringLiteral("Astana Observer, 3 March 2022"),
                                QStringLiteral("Astana Observer — 3 March 2022")}) {
        const Article a = articleFromText(QStringLiteral("Kazakhstan keeps its distance\n\n") +
                                          line + QStringLiteral("\n\nKazakhstan said so.\n"));
        EXPECT_EQ(a.meta.publisher, QStringLiteral("Astana Observer")) << line.toStdString();
        EXPECT_TRUE(a.meta.place.isEmpty()) << a.meta.place.toStdString();
        EXPECT_EQ(a.meta.published, QDate(2022, 3, 3));
    }
    const Article twoWords = articleFromText(QStringLiteral(
        "Kazakhstan keeps its distance\n\nUst Kamenogorsk, 3 March 2022\n\nIt said so.\n"));
    EXPECT_EQ(twoWords.meta.place, QStringLiteral("Ust Kamenogorsk"));
    const Article city = articleFromText(
        QStringLiteral("Kazakhstan keeps its distance\n\nAstana, 3 March 2022\n\nIt said so.\n"));
    EXPECT_EQ(city.meta.place, QStringLiteral("Astana"));
    EXPECT_TRUE(city.meta.publisher.isEmpty());
}

// A by-line's piece between bars or dashes that is a name, not a date, is the publisher.
TEST(MetadataDetector, APublicationBetweenTheByLinesBarsIsThePublisher)
{
    const Article bars = articleFromText(QStringLiteral(
        "Kazakhstan keeps its distance\n\nBy Olzhas Auyezov | Reuters | 4 March 2022\n\nBody.\n"));
    EXPECT_EQ(bars.meta.author, QStringLiteral("Olzhas Auyezov"));
    EXPECT_EQ(bars.meta.publisher, QStringLiteral("Reuters"));
    EXPECT_EQ(bars.meta.published, QDate(2022, 3, 4));
    const Article dashes = articleFromText(
        QStringLiteral("Central Asia waits\n\n_By John Smith — The Diplomat — March 18, "
                       "2022_\n\nBody.\n"));
    EXPECT_EQ(dashes.meta.author, QStringLiteral("John Smith"));
    EXPECT_EQ(dashes.meta.publisher, QStringLiteral("The Diplomat"));
    EXPECT_EQ(dashes.meta.published, QDate(2022, 3, 18));
    // No such piece: a date alone, or a note in lower case.
    for (const char *line :
         {"By Jane Roe and John Doe, 2 March 2022", "By Jane Roe | 5 min read"}) {
        const Article none = articleFromText(QStringLiteral("A title here\n\n") +
                                             QLatin1String(line) + QStringLiteral("\n\nBody.\n"));
        EXPECT_EQ(none.meta.author.left(8), QStringLiteral("Jane Roe")) << line;
        EXPECT_TRUE(none.meta.publisher.isEmpty()) << line;
    }
}

// An article with no publisher is named by its title: its source line says the title once.
TEST(MetadataDetector, ASourceLineWithoutAPublisherSaysItsTitleOnce)
{
    Article a = articleFromText(QStringLiteral("Kazakhstan stays on the fence\n\nBody text.\n"));
    ASSERT_TRUE(a.meta.publisher.isEmpty());
    EXPECT_EQ(a.labelAndTitle(), QStringLiteral("Kazakhstan stays on the fence"));
    a.meta.publisher = QStringLiteral("Astana Observer");
    EXPECT_EQ(a.labelAndTitle(), QStringLiteral("Astana Observer — Kazakhstan stays on the fence"));
}

// "Gas imports to stop by 2027" names a target: the article's year is its first full date's.
TEST(MetadataDetector, TheYearIsTheFirstFullDatesNotAFutureTargets)
{
    const Article a = articleFromText(QStringLiteral(
        "Caucasus diplomacy\n\nOn 24 February 2022 Armenia was silent. Baku plans to stop gas "
        "imports by 2027, by 2027 at the latest, and to sign deals in 2027.\n"));
    EXPECT_EQ(a.meta.year, 2022);
}

// The site's name above its navigation bar is the publisher; "Policy brief, 2 June 2022" is a
// dateline with a label before the date.
TEST(MetadataDetector, ASitesNameIsItsPublisherAndALabelledDatelineItsDate)
{
    const Article a = articleFromText(
        QStringLiteral("Eurasia Desk\nHome | News | Analysis\nMoldova counts the cost of the war\n"
                       "Policy brief, 2 June 2022\n\nMoldova received refugees on 1 June.\n"));
    EXPECT_EQ(a.meta.publisher, QStringLiteral("Eurasia Desk"));
    EXPECT_EQ(a.meta.title, QStringLiteral("Moldova counts the cost of the war"));
    EXPECT_EQ(a.meta.published, QDate(2022, 6, 2));
}
