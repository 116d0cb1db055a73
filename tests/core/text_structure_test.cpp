#include "app/corpus/text_structure.h"
#include "test_support.h"

#include <gtest/gtest.h>

using TestSupport::articleFromText;

namespace {

QStringList sentencesOf(const Article &a)
{
    QStringList result;
    for (const Sentence &s : a.sentences)
        result.append(a.quote(s.span));
    return result;
}

const Paragraph *paragraphStarting(const Article &a, const QString &prefix)
{
    for (const Paragraph &p : a.paragraphs) {
        if (a.quote(p.span).startsWith(prefix))
            return &p;
    }
    return nullptr;
}

} // namespace

TEST(TextStructure, SplitsSentencesButNotAfterTitlesOrInitials)
{
    const Article a = articleFromText(QStringLiteral(
        "On March 2, Mr. Tokayev spoke with Vladimir Putin. He stressed a compromise. "
        "A. Lukashenko agreed! Did U.S. officials react? Yes."));
    EXPECT_EQ(sentencesOf(a),
              QStringList({QStringLiteral("On March 2, Mr. Tokayev spoke with Vladimir Putin."),
                           QStringLiteral("He stressed a compromise."),
                           QStringLiteral("A. Lukashenko agreed!"),
                           QStringLiteral("Did U.S. officials react?"), QStringLiteral("Yes.")}));
}

TEST(TextStructure, SentenceOffsetsIndexTheText)
{
    const Article a =
        articleFromText(QStringLiteral("Title line here\n\n  First one. Second “quoted.” Third."));
    ASSERT_EQ(a.sentences.size(), 4);
    const Sentence &second = a.sentences.at(2);
    EXPECT_EQ(a.text.mid(second.span.start, second.span.length()),
              QStringLiteral("Second “quoted.”"));
}

TEST(TextStructure, DoesNotSplitInsideParentheses)
{
    const Article a =
        articleFromText(QStringLiteral("Russia and China compete there (see Kazakhstan: Russia v. "
                                       "China? 13 January 2022). Next."));
    EXPECT_EQ(sentencesOf(a).size(), 2);
}

// The reading passes over characters eight at a time: every bracket and stop must still be
// seen wherever it falls among them, and at the paragraph's end.
TEST(TextStructure, StopsAndBracketsAreSeenAtEveryPlace)
{
    for (int shift = 0; shift <= 17; ++shift) {
        const QString opening = QString(shift, QLatin1Char('x'));
        const Article a = articleFromText(
            opening + QStringLiteral("First one (see p. 4. Again). Second one! Third one? Fourth") +
            QChar(0x2026) + QStringLiteral(" Fifth (a) b. Sixth."));
        EXPECT_EQ(sentencesOf(a),
                  QStringList({opening + QStringLiteral("First one (see p. 4. Again)."),
                               QStringLiteral("Second one!"), QStringLiteral("Third one?"),
                               QStringLiteral("Fourth") + QChar(0x2026),
                               QStringLiteral("Fifth (a) b."), QStringLiteral("Sixth.")}))
            << shift;
    }
}

TEST(TextStructure, RecognisesBulletItemsAndStripsTheMarker)
{
    const Article a = articleFromText(QStringLiteral(
        "Key points\n\n  • On February 21, Putin recognized them.\n·       NATO is growing.\n"));
    ASSERT_EQ(a.paragraphs.size(), 3);
    EXPECT_EQ(a.paragraphs.at(1).kind, Paragraph::Kind::Bullet);
    EXPECT_EQ(a.paragraphs.at(2).kind, Paragraph::Kind::Bullet);
    EXPECT_EQ(a.paragraphs.at(0).kind, Paragraph::Kind::Heading);
    EXPECT_EQ(sentencesOf(a).at(1), QStringLiteral("On February 21, Putin recognized them."));
}

TEST(TextStructure, AMarkdownHeadingsSentenceHasItsWordsWithoutTheMarks)
{
    const Article a = articleFromText(QStringLiteral(
        "# Kazakhstan keeps its distance\n\n## On 3 March 2022, Armenia abstained ##\n\n"
        "#Hashtag is a word here.\n\n## Written in C#\n"));
    EXPECT_EQ(sentencesOf(a), (QStringList{QStringLiteral("Kazakhstan keeps its distance"),
                                           QStringLiteral("On 3 March 2022, Armenia abstained"),
                                           QStringLiteral("#Hashtag is a word here."),
                                           QStringLiteral("Written in C#")}));
}

TEST(TextStructure, JoinsHardWrappedLines)
{
    const Article a = articleFromText(
        QStringLiteral("Kazakhstan is a member of the Eurasian Economic Union and the\n"
                       "Collective Security Treaty Organization.\nSecond paragraph here.\n"));
    ASSERT_EQ(a.paragraphs.size(), 2);
    EXPECT_TRUE(a.quote(a.paragraphs.at(0).span).endsWith(QStringLiteral("Organization.")));
}

TEST(TextStructure, HandlesCrlfLineEnds)
{
    const Article a =
        articleFromText(QStringLiteral("First paragraph.\r\n\r\nSecond paragraph.\r\n"));
    ASSERT_EQ(a.paragraphs.size(), 2);
    EXPECT_EQ(a.quote(a.paragraphs.at(1).span), QStringLiteral("Second paragraph."));
}

TEST(TextStructure, MarksNavigationAndFootersAsBoilerplate)
{
    const Article a = articleFromText(QStringLiteral(
        "Loading...\nRSS\nSearch on Ifri.org\n\nA real paragraph about Moldova.\n\n"
        "Back to full list\n© 2024 Georgian Foundation For Strategic and International Studies. "
        "All Rights Reserved."));
    EXPECT_TRUE(paragraphStarting(a, QStringLiteral("Loading"))->boilerplate);
    EXPECT_TRUE(paragraphStarting(a, QStringLiteral("RSS"))->boilerplate);
    EXPECT_TRUE(paragraphStarting(a, QStringLiteral("Search on"))->boilerplate);
    EXPECT_FALSE(paragraphStarting(a, QStringLiteral("A real"))->boilerplate);
    EXPECT_TRUE(paragraphStarting(a, QStringLiteral("Back to"))->boilerplate);
    EXPECT_TRUE(paragraphStarting(a, QStringLiteral("©"))->boilerplate);
}

TEST(TextStructure, MarksTeaserThatRepeatsALaterParagraph)
{
    const Article a = articleFromText(QStringLiteral(
        "As Russia invaded Ukraine, reactions ranged from anxiety to...\n\n"
        "As Russia invaded Ukraine, reactions ranged from anxiety to terror. Full text.\n"));
    EXPECT_TRUE(a.paragraphs.at(0).boilerplate);
    EXPECT_FALSE(a.paragraphs.at(1).boilerplate);
}

TEST(TextStructure, SeedFootersAreBoilerplate)
{
    const auto model = TestSupport::builtinModel();
    const Article *gfsis = model->article(QStringLiteral("gfsis-50-post-soviet"));
    ASSERT_NE(gfsis, nullptr);
    EXPECT_TRUE(gfsis->paragraphs.last().boilerplate); // the © footer
    const Article *ifri = model->article(QStringLiteral("ifri-russia-image"));
    const Paragraph *related = paragraphStarting(*ifri, QStringLiteral("Commanders of Putin"));
    ASSERT_NE(related, nullptr);
    EXPECT_TRUE(related->boilerplate); // "related articles" after the page's own text
}

TEST(TextStructure, ACompactArticleIsReadAsItsOpenForm)
{
    const Article made =
        articleFromText(QStringLiteral("Votes at the UN\n\n\u2022 Kazakhstan abstained \u2014 "
                                       "\u201Cneutral\u201D. Armenia too.\n\n"
                                       "Belarus voted against."));
    ASSERT_TRUE(made.text.isCompact());
    Problems problems;
    const BoilerplateRules rules = BoilerplateRules::builtin(&problems);
    const TextStructure structure(rules);
    Article again = made; // compact
    structure.analyse(again);
    Article open = made.opened();
    structure.analyse(open);
    ASSERT_EQ(again.paragraphs.size(), open.paragraphs.size());
    for (qsizetype i = 0; i < open.paragraphs.size(); ++i) {
        EXPECT_EQ(again.paragraphs.at(i).kind, open.paragraphs.at(i).kind) << i;
        EXPECT_EQ(again.quote(again.paragraphs.at(i).span), open.quote(open.paragraphs.at(i).span));
    }
    EXPECT_EQ(sentencesOf(again), sentencesOf(open));
    EXPECT_EQ(again.paragraphs.first().kind, Paragraph::Kind::Heading);
    EXPECT_EQ(again.paragraphs.at(1).kind, Paragraph::Kind::Bullet);
}

// Line ends are looked for eight characters at a time: a paragraph ends at a line feed, a
// carriage return or both, wherever they fall.
TEST(TextStructure, ParagraphsEndAtLineBreaksWhereverTheyFall)
{
    for (const QString &lineBreak :
         {QStringLiteral("\n"), QStringLiteral("\r"), QStringLiteral("\r\n")}) {
        for (qsizetype first = 1; first <= 20; ++first) {
            for (qsizetype second = 1; second <= 12; ++second) {
                const QString text = QString(first - 1, QLatin1Char('a')) + QLatin1Char('.') +
                                     lineBreak + QString(second - 1, QLatin1Char('b')) +
                                     QLatin1Char('.');
                const QVector<TextSpan> paragraphs = TextStructure::splitParagraphs(text);
                ASSERT_EQ(paragraphs.size(), 2) << first << " " << second;
                EXPECT_EQ(paragraphs[0].start, 0);
                EXPECT_EQ(paragraphs[0].end, first);
                EXPECT_EQ(paragraphs[1].start, first + lineBreak.size());
                EXPECT_EQ(paragraphs[1].end, text.size());
            }
        }
    }
}
