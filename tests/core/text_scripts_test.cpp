// TextScripts and ShapedText: which texts need an OpenType shaper, told by the scripts of their
// characters; an article in either of its forms; a document model by all it can show.
#include "app/corpus/article_text.h"
#include "app/model/document_model_builder.h"
#include "app/model/shaped_text.h"
#include "app/model/text_scripts.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <utility>

#include <gtest/gtest.h>

namespace {

const QString kArabic = QStringLiteral("\u0633\u0644\u0627\u0645");

} // namespace

TEST(TextScripts, ScriptsDrawnAGlyphACharacterNeedNoShaping)
{
    for (const QString &text : {
             QStringLiteral("On 2 March 2022 Kazakhstan abstained — “neutral”, they said…"),
             QStringLiteral("Tōkayev; Lukašenka; Łódź; Şuşa; Năstase"), // Latin Extended
             QStringLiteral("Казахстан воздержался 2 марта; Україна; Қазақстан; Ўзбекистон"),
             QStringLiteral("Ουκρανία"),          // Greek
             QStringLiteral("Հայաստան"),          // Armenian
             QStringLiteral("საქართველო"),        // Georgian
             QStringLiteral("乌克兰 ウクライナ"), // Han, Katakana
             QStringLiteral("€ 5 % ± → • № ©"),   // symbols
         })
        EXPECT_FALSE(TextScripts::needsShaping(QStringView(text))) << text.toStdString();
}

TEST(TextScripts, JoiningReorderingAndMarkingScriptsNeedIt)
{
    for (const QString &text : {
             kArabic,
             QStringLiteral("אוקראינה"), // Hebrew
             QStringLiteral("यूक्रेन"),     // Devanagari
             QStringLiteral("ยูเครน"),    // Thai
             QStringLiteral("Kazakhstan, Belarus and Ukraine; Crimée")
                 .replace(QStringLiteral("é"), QStringLiteral("e\u0301")), // a combining acute
             QStringLiteral("за\u0301мок"),               // a stress mark on Cyrillic
             QStringLiteral("flag \U0001F1FA\U0001F1E6"), // beyond the BMP (an emoji flag)
             QStringLiteral("\u2764\uFE0F"),              // a variation selector
         })
        EXPECT_TRUE(TextScripts::needsShaping(QStringView(text))) << text.toStdString();
}

TEST(TextScripts, AnArticleTextIsToldAlikeInEitherForm)
{
    const QString latin = QStringLiteral("Belarus let Russia use its territory — “the attack”.");
    const QString withArabic = latin + QLatin1Char(' ') + kArabic;
    const ArticleText compact(latin);
    ASSERT_TRUE(compact.isCompact());
    EXPECT_FALSE(TextScripts::needsShaping(compact));
    EXPECT_FALSE(TextScripts::needsShaping(ArticleText(latin, false)));
    const ArticleText compactArabic(withArabic + latin + latin + latin); // few units above U+00FF
    ASSERT_TRUE(compactArabic.isCompact());
    EXPECT_TRUE(TextScripts::needsShaping(compactArabic));
    EXPECT_TRUE(TextScripts::needsShaping(ArticleText(withArabic, false)));
    const ArticleText cyrillic(QStringLiteral("Казахстан воздержался при голосовании"));
    ASSERT_FALSE(cyrillic.isCompact());
    EXPECT_FALSE(TextScripts::needsShaping(cyrillic));
}

TEST(ShapedText, TheBuiltInModelNeedsNoShaping)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    EXPECT_FALSE(model->articlesNeedShaping);
    EXPECT_FALSE(ShapedText::modelNeedsShaping(*model));
}

TEST(TextScripts, TheRangesAnsweredWithoutALookUpEndWhereTheirScriptsDo)
{
    // Each pair: the last code point of a range taken as plain without a look-up, and one past
    // it that needs a shaper.
    const std::pair<char32_t, char32_t> edges[] = {
        {0x02FF, 0x0300},  // spacing modifiers / combining grave
        {0x0482, 0x0483},  // Cyrillic thousands sign / combining titlo
        {0x052F, 0x0591},  // Cyrillic Supplement / a Hebrew accent
        {0x2043, 0x2044},  // hyphen bullet / fraction slash
        {0xFFFD, 0x1F600}, // the replacement character / an emoji
    };
    for (const auto &[plain, shaped] : edges) {
        EXPECT_FALSE(TextScripts::needsShaping(plain)) << std::hex << quint32(plain);
        EXPECT_TRUE(TextScripts::needsShaping(shaped)) << std::hex << quint32(shaped);
    }
    EXPECT_TRUE(TextScripts::needsShaping(char32_t(0x0489))); // Cyrillic millions sign (a mark)
    EXPECT_FALSE(TextScripts::needsShaping(char32_t(0x048A)));
    EXPECT_TRUE(TextScripts::needsShaping(char32_t(0x200D)));  // the zero-width joiner
    EXPECT_FALSE(TextScripts::needsShaping(char32_t(0x0531))); // Armenian, past Cyrillic
    EXPECT_FALSE(TextScripts::needsShaping(char32_t(0x2028))); // past the dashes and quotes
    EXPECT_FALSE(TextScripts::needsShaping(char32_t(0x205F)));
    EXPECT_TRUE(TextScripts::needsShaping(char32_t(0xD83D))); // a lone surrogate
}

TEST(ShapedText, AnArticleATitleAFileANoteADimensionOrAProblemInArabicNeedsIt)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("doha.txt"),
                           QStringLiteral("Talks in Doha\n\nOn 3 March 2022 Kazakhstan said %1.\n")
                               .arg(kArabic)
                               .toUtf8());
    const DocumentModelPtr built = DocumentModelBuilder::build(CorpusOptions(false, {dir.path()}));
    ASSERT_EQ(built->articles.size(), 1);
    EXPECT_TRUE(built->articlesNeedShaping);
    EXPECT_TRUE(ShapedText::modelNeedsShaping(*built));

    const DocumentModel builtin = *TestSupport::builtinModel();
    for (void (*change)(Article &) :
         {+[](Article &a) { a.meta.title = kArabic; }, +[](Article &a) { a.meta.author = kArabic; },
          +[](Article &a) { a.file = kArabic + QStringLiteral(".txt"); }}) {
        QVector<Article> articles = builtin.articles;
        change(articles.first());
        EXPECT_TRUE(ShapedText::anyArticleNeedsShaping(articles));
    }

    DocumentModel noted = builtin;
    ASSERT_FALSE(noted.everyClaim.isEmpty());
    noted.everyClaim.last().note = QStringLiteral("As reported in %1").arg(kArabic);
    EXPECT_TRUE(ShapedText::modelNeedsShaping(noted));

    DocumentModel ownDimension = builtin;
    Dimension dimension;
    dimension.id = QStringLiteral("own");
    dimension.label = kArabic;
    dimension.values = {{QStringLiteral("yes"), QStringLiteral("Yes"), std::nullopt},
                        {QStringLiteral("no"), QStringLiteral("No"), std::nullopt}};
    ASSERT_TRUE(ownDimension.dimensions.add(dimension))
        << ownDimension.dimensions.check(dimension).toStdString();
    EXPECT_TRUE(ShapedText::modelNeedsShaping(ownDimension));

    DocumentModel problem = builtin;
    problem.problems.append({kArabic + QStringLiteral(".txt"), 0, QStringLiteral("unreadable")});
    EXPECT_TRUE(ShapedText::modelNeedsShaping(problem));
    EXPECT_TRUE(ShapedText::anyProblemNeedsShaping(problem.problems));
    EXPECT_FALSE(ShapedText::anyProblemNeedsShaping(builtin.problems));
}
