// ArticleText: an article's text kept in a byte a character where it can be, given back code
// unit for code unit at the offsets of the QString it was made from.
#include "app/corpus/article_text.h"
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <limits>

namespace {

// Every piece QString::mid gives of `text` (negative and past-the-end arguments too) is the
// piece ArticleText gives.
void expectSamePieces(const QString &text, const ArticleText &kept)
{
    ASSERT_EQ(kept.size(), text.size());
    EXPECT_EQ(kept.toString(), text);
    for (qsizetype start = -2; start <= text.size() + 1; ++start) {
        for (qsizetype length = -1; length <= text.size() + 2; ++length)
            ASSERT_EQ(kept.mid(start, length), text.mid(start, length))
                << "mid(" << start << ", " << length << ")";
    }
}

} // namespace

TEST(ArticleText, ALatinTextWithTypographicMarksIsKeptCompactAndGivenBackWhole)
{
    // Quotes, a dash, an accented letter, the euro sign and a character outside the BMP (two
    // UTF-16 code units, both above U+00FF).
    const QString text = QStringLiteral(
        "\u201CWe abstained,\u201D said Tokayev \u2014 na\u00EFvely? 5 \u20AC. Flag: "
        "\U0001F1FA\U0001F1E6 "
        "and Russia\u2019s war; a long tail of plain words to keep the rest narrow enough.");
    const ArticleText kept(text);
    EXPECT_TRUE(kept.isCompact());
    expectSamePieces(text, kept);
    // Lengths and starts at the ends of their range, where a sum would overflow.
    constexpr qsizetype most = std::numeric_limits<qsizetype>::max();
    constexpr qsizetype least = std::numeric_limits<qsizetype>::min();
    for (const qsizetype start : {least, qsizetype(-3), qsizetype(0), qsizetype(7)}) {
        for (const qsizetype length : {most, most - 1, qsizetype(5)})
            EXPECT_EQ(kept.mid(start, length), text.mid(start, length)) << start << " " << length;
    }
}

TEST(ArticleText, ATextInAnotherScriptIsKeptAsUtf16)
{
    const QString text = QStringLiteral("\u041A\u0430\u0437\u0430\u0445\u0441\u0442\u0430\u043D "
                                        "\u0432\u043E\u0437\u0434\u0435\u0440\u0436\u0430\u043B"
                                        "\u0441\u044F.");
    const ArticleText kept(text);
    EXPECT_FALSE(kept.isCompact());
    EXPECT_EQ(kept.view(), QStringView(text));
    expectSamePieces(text, kept);
}

TEST(ArticleText, EmptyAndPlainTexts)
{
    expectSamePieces(QString(), ArticleText(QString()));
    expectSamePieces(QStringLiteral("x"), ArticleText(QStringLiteral("x")));
    const QString plain = QStringLiteral("Belarus voted against.");
    EXPECT_TRUE(ArticleText(plain).isCompact());
    EXPECT_FALSE(ArticleText(plain, false).isCompact()); // open, as while it is read
    expectSamePieces(plain, ArticleText(plain, false));
}

TEST(ArticleText, AnArticleIsKeptCompactAndOpenedForViews)
{
    const QString text =
        QStringLiteral("On 2 March 2022, Kazakhstan abstained \u2014 \u201Cneutral\u201D.");
    const Article article = TestSupport::articleFromText(text);
    EXPECT_TRUE(article.text.isCompact());
    const Article open = article.opened();
    EXPECT_FALSE(open.text.isCompact());
    EXPECT_EQ(open.text.view(), QStringView(text));
    ASSERT_FALSE(article.sentences.isEmpty());
    for (const Sentence &s : article.sentences)
        EXPECT_EQ(open.slice(s.span), article.quote(s.span));
    EXPECT_EQ(open.sentences.size(), article.sentences.size());
}

// A library keeps its texts compact: the article made from one is read as the one made from
// its string is, and holds the kept text itself, not a second copy of it.
TEST(ArticleText, AnArticleMadeFromAKeptTextSharesIt)
{
    const QString text =
        QStringLiteral("Minsk, 3 March 2022\n\nOn 2 March, Belarus voted against the resolution. "
                       "Kazakhstan abstained \u2014 \u201Cneutral\u201D.\n");
    const ArticleText kept(text);
    ASSERT_TRUE(kept.isCompact());
    Problems problems;
    const BoilerplateRules rules = BoilerplateRules::builtin(&problems);
    const CorpusLoader loader(rules);
    const Article fromString = loader.makeArticle(text, QStringLiteral("a.txt"), nullptr, false);
    const Article fromKept = loader.makeArticle(kept, QStringLiteral("a.txt"), nullptr, false);
    EXPECT_TRUE(fromKept.text.shares(kept));
    EXPECT_FALSE(fromString.text.shares(kept)); // made anew from the string
    EXPECT_EQ(fromKept.text.toString(), text);
    EXPECT_EQ(fromKept.id, fromString.id);
    EXPECT_EQ(fromKept.meta.published, fromString.meta.published);
    EXPECT_TRUE(fromKept.meta.published.isValid());
    ASSERT_EQ(fromKept.sentences.size(), fromString.sentences.size());
    ASSERT_GE(fromKept.sentences.size(), 2);
    for (qsizetype i = 0; i < fromKept.sentences.size(); ++i)
        EXPECT_EQ(fromKept.quote(fromKept.sentences[i].span),
                  fromString.quote(fromString.sentences[i].span));
    EXPECT_EQ(fromKept.paragraphs.size(), fromString.paragraphs.size());
}

// Units above U+00FF are found eight at a time: one (or a pair) at every place of texts of
// every length up to 40 is given back where it was, and the text is kept compact when at most
// one unit in eight is such a unit (counted here one by one).
TEST(ArticleText, UnitsAboveLatin1AreFoundWhereverTheyFall)
{
    for (qsizetype size = 1; size <= 40; ++size) {
        for (qsizetype at = 0; at < size; ++at) {
            for (const QString &high : {QStringLiteral("\u2019"), QStringLiteral("\u2014\u0416")}) {
                QString text(size, QLatin1Char('e'));
                text[size / 2] = QChar(0xE9); // é: kept in its byte
                text.replace(at, std::min<qsizetype>(high.size(), size - at), high);
                text.truncate(size);
                qsizetype above = 0;
                for (const QChar c : text)
                    above += c.unicode() > 0xFF;
                const ArticleText kept(text);
                ASSERT_EQ(kept.toString(), text) << size << " " << at;
                EXPECT_EQ(kept.isCompact(), above * 8 <= size) << size << " " << at;
            }
        }
    }
}

// Units above U+00FF are counted 4,096 blocks of eight at a time: in a text of 40,000 units,
// one in eight of them keeps it compact, one more does not.
TEST(ArticleText, UnitsAboveLatin1AreCountedInALongText)
{
    const qsizetype size = 40000;
    for (const qsizetype above : {size / 8, size / 8 + 1}) {
        QString text(size, QLatin1Char('e'));
        for (qsizetype k = 0; k < above; ++k)
            text[k * size / above] = QChar(0x2019);
        const ArticleText kept(text);
        EXPECT_EQ(kept.isCompact(), above * 8 <= size) << above;
        EXPECT_EQ(kept.toString(), text);
    }
    // 8 × 65,536 such units: more than a 16-bit count holds in each of the eight lanes.
    const QString quotes(8 * 65536, QChar(0x2019));
    EXPECT_FALSE(ArticleText(quotes).isCompact());
}
