#include "app/extract/mention_finder.h"
#include "test_support.h"

#include <gtest/gtest.h>

using TestSupport::builtinModel;

namespace {

int mentions(const char *iso, const char *article)
{
    const auto model = builtinModel();
    return model->mentionCount(QLatin1String(iso), model->articleIndex(QLatin1String(article)));
}

QVector<Mention> mentionsIn(const QString &text)
{
    const auto model = builtinModel();
    return MentionFinder(model->gazetteer).find(TestSupport::articleFromText(text));
}

QStringList entitiesIn(const QString &text)
{
    QStringList ids;
    for (const Mention &m : mentionsIn(text))
        ids.append(m.entity());
    return ids;
}

} // namespace

TEST(MentionFinder, CountsCountriesInTheSeedArticles)
{
    EXPECT_EQ(mentions("KAZ", "shaw-belarus-kazakhstan"), 6);
    EXPECT_EQ(mentions("BLR", "shaw-belarus-kazakhstan"), 27);
    EXPECT_EQ(mentions("EST", "bd-war-at-the-door"), 1);
    EXPECT_EQ(mentions("UZB", "gfsis-50-post-soviet"), 16);
    EXPECT_EQ(mentions("GEO", "ifri-russia-image"), 3);
    EXPECT_EQ(mentions("MDA", "shaw-belarus-kazakhstan"), 0);
}

TEST(MentionFinder, MinskAgreementsAreNotBelarus)
{
    const QStringList ids =
        entitiesIn(QStringLiteral("Mr. Japarov voiced the responsibility of Kyiv for the violation "
                                  "of the Minsk agreements."));
    EXPECT_FALSE(ids.contains(QStringLiteral("BLR")));
    EXPECT_TRUE(ids.contains(QStringLiteral("KGZ")));
    EXPECT_TRUE(ids.contains(QStringLiteral("UKR")));
    EXPECT_TRUE(entitiesIn(QStringLiteral("Talks were held in Minsk today."))
                    .contains(QStringLiteral("BLR")));
}

// A place or country right before a publication's word names the publication
// (resources/publication_words.json), not the country.
TEST(MentionFinder, APublicationNamedAfterAPlaceIsNoMentionOfItsCountry)
{
    EXPECT_EQ(entitiesIn(QStringLiteral("The Astana Observer reported that Kazakhstan abstained.")),
              QStringList{QStringLiteral("KAZ")});
    const QVector<Mention> found =
        mentionsIn(QStringLiteral("According to the Kyiv Independent, Moldova applied."));
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().entity(), QStringLiteral("MDA"));
    // Near misses: the word in lower case, after a stop, or only the start of a longer word.
    EXPECT_EQ(entitiesIn(QStringLiteral("Troops left Astana. Observer missions stayed.")),
              QStringList{QStringLiteral("KAZ")});
    EXPECT_EQ(entitiesIn(QStringLiteral("Kazakhstan today abstained.")),
              QStringList{QStringLiteral("KAZ")});
    EXPECT_EQ(entitiesIn(QStringLiteral("Kazakhstan Observers came.")),
              QStringList{QStringLiteral("KAZ")});
    // A title-case headline: a verb, and a word of a compound, after the country.
    EXPECT_EQ(entitiesIn(QStringLiteral("Armenia, Azerbaijan Express Concern; Georgia "
                                        "Post-Election Crisis Deepens")),
              (QStringList{QStringLiteral("ARM"), QStringLiteral("AZE"), QStringLiteral("GEO")}));
}

TEST(MentionFinder, TheWireServicesSpellingOfALeaderNamesHisCountry)
{
    // Reuters writes "Zelenskiy"; others "Zelensky" or "Zelenskyy".
    for (const char *name : {"Zelenskiy", "Zelensky", "Zelenskyy", "Volodymyr Zelenskiy"})
        EXPECT_EQ(entitiesIn(QStringLiteral("Tokayev spoke with %1.").arg(QLatin1String(name))),
                  (QStringList{QStringLiteral("KAZ"), QStringLiteral("UKR")}))
            << name;
}

TEST(MentionFinder, GfsisFooterIsNotGeorgia)
{
    const auto model = builtinModel();
    const int article = model->articleIndex(QStringLiteral("gfsis-50-post-soviet"));
    const Article &a = model->articles.at(article);
    const qsizetype footer =
        a.text.toString().indexOf(QStringLiteral("© 2024 Georgian Foundation"));
    ASSERT_GT(footer, 0);
    for (const Mention &m : model->mentions.at(article))
        EXPECT_LT(m.span.start, footer) << "mention in the footer: " << m.entity().toStdString();
    // Outside a footer, the same words are excluded too: the foundation is not the country.
    EXPECT_FALSE(entitiesIn(QStringLiteral("A report by the Georgian Foundation for Strategic and "
                                           "International Studies appeared."))
                     .contains(QStringLiteral("GEO")));
}

TEST(MentionFinder, FindsNamesDemonymsCapitalsLeadersAndParties)
{
    const auto found = mentionsIn(QStringLiteral(
        "The Kazakh President Tokayev spoke in Nur Sultan; Georgian Dream and Baku agreed."));
    QStringList categories;
    for (const Mention &m : found)
        categories.append(m.entity() + QLatin1Char(':') + m.category());
    EXPECT_TRUE(categories.contains(QStringLiteral("KAZ:demonym")));
    EXPECT_TRUE(categories.contains(QStringLiteral("KAZ:leader")));
    EXPECT_TRUE(categories.contains(QStringLiteral("KAZ:capital")));
    EXPECT_TRUE(categories.contains(QStringLiteral("GEO:party")));
    EXPECT_TRUE(categories.contains(QStringLiteral("AZE:capital")));
}

TEST(MentionFinder, MatchesWholeWordsAndHyphenatedPairs)
{
    const QStringList ids = entitiesIn(QStringLiteral("Russian-Ukrainian talks. Russia’s war."));
    EXPECT_EQ(ids,
              QStringList({QStringLiteral("RUS"), QStringLiteral("UKR"), QStringLiteral("RUS")}));
    EXPECT_TRUE(entitiesIn(QStringLiteral("Belarusx and xRussia")).isEmpty());
}

TEST(MentionFinder, OffsetsPointAtTheTerm)
{
    const Article a = TestSupport::articleFromText(QStringLiteral("Today Kazakhstan abstained."));
    const auto found = MentionFinder(builtinModel()->gazetteer).find(a);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(a.quote(found[0].span), QStringLiteral("Kazakhstan"));
    EXPECT_EQ(found[0].sentence, 0);
}

TEST(MentionFinder, FindsTerritoriesAndOrganisationsSeparately)
{
    const QStringList ids = entitiesIn(
        QStringLiteral("Abkhazia recognized the Donetsk People's Republic; the CSTO met."));
    EXPECT_TRUE(ids.contains(QStringLiteral("ABKHAZIA")));
    EXPECT_TRUE(ids.contains(QStringLiteral("DPR")));
    EXPECT_TRUE(ids.contains(QStringLiteral("CSTO")));
    EXPECT_FALSE(ids.contains(QStringLiteral("UKR")));
}

TEST(MentionFinder, SkipsBoilerplate)
{
    EXPECT_TRUE(
        entitiesIn(QStringLiteral("Why Support Belarus Today?\n\nA normal line.")).isEmpty());
}

// Terms are looked up by a key of a word's length and its first and last letters: words that
// share the key with a term ("Bahu" with "Baku", "Mansk" with "Minsk") are compared whole and
// are no mention, while the term itself still is, next to them and in a non-ASCII script.
TEST(MentionFinder, AWordSharingATermsLengthAndEndLettersIsNoMention)
{
    EXPECT_EQ(entitiesIn(QStringLiteral("Bahu and Mansk met in Baku, then Minsk.")),
              (QStringList{QStringLiteral("AZE"), QStringLiteral("BLR")}));
    EXPECT_TRUE(entitiesIn(QStringLiteral("Bahu and Mansk met.")).isEmpty());
    EXPECT_EQ(entitiesIn(QStringLiteral("Déjà vu: Chișinău welcomed Kyiv_ and Kyiv.")),
              (QStringList{QStringLiteral("MDA"), QStringLiteral("UKR")}));
}

// A word's end is found eight characters at a time while they are ASCII: a country's name (or
// capital, or leader) is found wherever it falls, after words of every length, and only when the
// character after it ends the word — an ASCII one or one outside ASCII, as the Unicode tables
// say (here: asked of QChar for each).
TEST(MentionFinder, ANameIsFoundWhereverItFallsAndOnlyWhereItsWordEnds)
{
    const QStringList after = {
        QStringLiteral(" "),      QStringLiteral("."),      QStringLiteral("\u2019s"),
        QStringLiteral("_"),      QStringLiteral("9"),      QStringLiteral("\u00E9"),
        QStringLiteral("\u0436"), QStringLiteral("\u00A0"), QStringLiteral("")};
    for (const QString &name :
         {QStringLiteral("Kazakhstan"), QStringLiteral("Astana"), QStringLiteral("Tokayev")}) {
        for (qsizetype before = 0; before <= 17; ++before) {
            for (const QString &next : after) {
                const QString opening =
                    before == 0 ? QString() : QString(before, QLatin1Char('w')) + QLatin1Char(' ');
                const QString text = opening + name + next + QStringLiteral(" abstained.");
                const QChar following = text.at(opening.size() + name.size());
                const bool endsWord = following.unicode() != '_' && !following.isLetterOrNumber();
                EXPECT_EQ(entitiesIn(text).contains(QStringLiteral("KAZ")), endsWord)
                    << name.toStdString() << " " << before << " " << next.toStdString();
            }
        }
    }
}
