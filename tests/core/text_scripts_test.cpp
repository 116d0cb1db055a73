// TextScripts and ShapedText: which texts need an OpenType shaper, told by the scripts of their
// characters; an article in either of its forms; a document model by all it can show.
#include "app/corpus/article_text.h"
#include "app/corpus/text_scripts.h"
#include "app/model/document_model_builder.h"
#include "app/model/shaped_text.h"
#include "test_support.h"

#include <QTemporaryDir>

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
    EXPECT_FALSE(ShapedText::modelNeedsIt(*model));
}

TEST(ShapedText, AnArticleAnArticlesTitleOrAnAnalystsNoteInArabicMakesTheModelNeedIt)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("doha.txt"),
                           QStringLiteral("Talks in Doha\n\nOn 3 March 2022 Kazakhstan said %1.\n")
                               .arg(kArabic)
                               .toUtf8());
    const DocumentModelPtr built = DocumentModelBuilder::build(CorpusOptions(false, {dir.path()}));
    ASSERT_EQ(built->articles.size(), 1);
    EXPECT_TRUE(built->articlesNeedShaping);
    EXPECT_TRUE(ShapedText::modelNeedsIt(*built));

    DocumentModel model = *TestSupport::builtinModel();
    model.articles.first().meta.title = kArabic;
    EXPECT_TRUE(ShapedText::anyArticleNeedsIt(model.articles));

    DocumentModel noted = *TestSupport::builtinModel();
    ASSERT_FALSE(noted.everyClaim.isEmpty());
    noted.everyClaim.last().note = QStringLiteral("As reported in %1").arg(kArabic);
    EXPECT_TRUE(ShapedText::modelNeedsIt(noted));

    DocumentModel problem = *TestSupport::builtinModel();
    problem.problems.append({kArabic + QStringLiteral(".txt"), 0, QStringLiteral("unreadable")});
    EXPECT_TRUE(ShapedText::modelNeedsIt(problem));
}
