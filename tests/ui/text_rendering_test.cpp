// TextRendering: the application's text skips the OpenType shaper while nothing shown needs
// it; every widget and derived font follows the switch both ways, the desktop's class fonts
// kept; text from outside the document is always shaped; the window switches with its document.
#include "ui/style/text_rendering.h"

#include "ui/main_window.h"
#include "ui/panes/source_viewer.h"
#include "window_fixture.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFontMetrics>
#include <QGlyphRun>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRawFont>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextLayout>
#include <QToolTip>

#include <gtest/gtest.h>

namespace {

bool skipsShaping(const QFont &font)
{
    return font.styleStrategy() & QFont::PreferNoShaping;
}

// Every test leaves the application as ui_test_main set it up: skipping the shaper.
class TextRenderingTest : public ::testing::Test {
protected:
    void TearDown() override { TextRendering::setShapingNeeded(false); }
};

// Whether a one-line layout of `text` in `font` draws a glyph other than those the character
// map of its run's font names for its characters (a joined or substituted form).
bool drawsOtherGlyphs(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    for (const QGlyphRun &run : layout.glyphRuns()) {
        const QList<quint32> mapped = run.rawFont().glyphIndexesForString(text);
        for (const quint32 glyph : run.glyphIndexes()) {
            if (!mapped.contains(glyph))
                return true;
        }
    }
    return false;
}

const QString kArabic = QStringLiteral("\u0633\u0644\u0627\u0645"); // salaam: joining letters

} // namespace

TEST_F(TextRenderingTest, WidgetsAndTheFontsDerivedFromTheirsFollowTheSwitchBothWays)
{
    ASSERT_TRUE(TextRendering::skipsShaping()); // as the application starts
    QLabel plain(QStringLiteral("Belarus"));
    QLabel heading(QStringLiteral("Belarus"));
    QFont big = heading.font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.6);
    heading.setFont(big);
    QTextBrowser browser;
    browser.setHtml(QStringLiteral("<h3>Belarus</h3><p><b>Supports Russia</b> <i>2022</i></p>"));
    EXPECT_TRUE(skipsShaping(plain.font()));
    EXPECT_TRUE(skipsShaping(heading.font()));
    EXPECT_TRUE(skipsShaping(browser.document()->defaultFont()));

    TextRendering::setShapingNeeded(true);
    EXPECT_FALSE(TextRendering::skipsShaping());
    EXPECT_FALSE(skipsShaping(plain.font()));
    EXPECT_FALSE(skipsShaping(heading.font()));
    EXPECT_TRUE(heading.font().bold()); // what it set itself stays
    EXPECT_FALSE(skipsShaping(browser.document()->defaultFont()));

    TextRendering::setShapingNeeded(false);
    EXPECT_TRUE(skipsShaping(plain.font()));
    EXPECT_TRUE(skipsShaping(heading.font()));
}

TEST_F(TextRenderingTest, TextFromOutsideTheDocumentIsAlwaysShaped)
{
    QLineEdit line;
    QPlainTextEdit memo;
    QPlainTextEdit reader;
    reader.setReadOnly(true);
    QDialog dialog;
    QLabel inDialog(QStringLiteral("/home/ana/مقالات/doha.txt"), &dialog);
    QStatusBar status;
    for (QWidget *w : std::initializer_list<QWidget *>{&line, &memo, &reader, &dialog, &status})
        w->ensurePolished();
    EXPECT_FALSE(skipsShaping(line.font()));
    EXPECT_FALSE(skipsShaping(memo.font()));
    EXPECT_FALSE(skipsShaping(inDialog.font()));
    EXPECT_FALSE(skipsShaping(status.font()));
    EXPECT_TRUE(skipsShaping(reader.font())); // shows an article: follows the document
    reader.setReadOnly(false);
    EXPECT_FALSE(skipsShaping(reader.font())); // made editable: typed into
    TextRendering::setShapingNeeded(true);
    TextRendering::setShapingNeeded(false);
    EXPECT_FALSE(skipsShaping(line.font()));
}

// The class names a desktop's theme gives fonts to (Qt 6.4's initializeWidgetFontHash).
const char *const kThemedClasses[] = {
    "QMenu",       "QMenuBar",    "QMenuItem",    "QMessageBox",           "QLabel",
    "QTipLabel",   "QTitleBar",   "QStatusBar",   "QMdiSubWindowTitleBar", "QDockWidgetTitle",
    "QPushButton", "QCheckBox",   "QRadioButton", "QToolButton",           "QAbstractItemView",
    "QListView",   "QHeaderView", "QListBox",     "QComboMenuItem",        "QComboLineEdit",
    "QSmallFont",  "QMiniFont"};

TEST_F(TextRenderingTest, TheDesktopsFontsForClassesAreKeptThroughTheSwitch)
{
    const QFont general = QApplication::font();
    QFont small = general;
    small.setPointSizeF(general.pointSizeF() - 2);
    ASSERT_NE(small, general);
    for (const char *name : kThemedClasses)
        QApplication::setFont(small, name); // as a desktop's theme may give them
    const auto expectEveryClassFont = [&](bool skipping, const char *when) {
        for (const char *name : kThemedClasses) {
            EXPECT_EQ(QApplication::font(name).pointSizeF(), small.pointSizeF()) << name << when;
            EXPECT_EQ(skipsShaping(QApplication::font(name)), skipping) << name << when;
        }
    };
    TextRendering::setShapingNeeded(true);
    expectEveryClassFont(false, " shaped");
    TextRendering::setShapingNeeded(false);
    expectEveryClassFont(true, " unshaped");
    QApplication::setFont(QApplication::font()); // forgets the class fonts (the tests have none)
}

TEST_F(TextRenderingTest, MenusTooltipsAndTheStatusBarsLabelsAreShaped)
{
    QMenu menu;
    menu.addAction(QStringLiteral("/home/ana/مقالات/doha.txt"));
    menu.ensurePolished();
    EXPECT_FALSE(skipsShaping(menu.font()));

    QStatusBar status;
    auto *permanent = new QLabel(QStringLiteral("doha.txt"));
    status.addPermanentWidget(permanent);
    status.ensurePolished();
    EXPECT_FALSE(skipsShaping(permanent->font()));

    QWidget anchor;
    anchor.show();
    QToolTip::showText(anchor.mapToGlobal(QPoint(5, 5)), QStringLiteral("Read from doha.txt"),
                       &anchor);
    QWidget *tip = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->inherits("QTipLabel") && w->isVisible())
            tip = w;
    }
    ASSERT_NE(tip, nullptr) << "Qt's tooltip is no longer a QTipLabel";
    EXPECT_FALSE(skipsShaping(tip->font()));
    QToolTip::hideText();
}

TEST_F(TextRenderingTest, ArabicIsJoinedOnlyWhenShapedWhichIsWhyTheSwitchExists)
{
    if (!QFontMetrics(QApplication::font()).inFont(kArabic.at(0)))
        GTEST_SKIP() << "no font here has Arabic letters";
    EXPECT_FALSE(drawsOtherGlyphs(kArabic, QApplication::font())); // isolated forms
    TextRendering::setShapingNeeded(true);
    EXPECT_TRUE(drawsOtherGlyphs(kArabic, QApplication::font())); // initial, medial, final
}

TEST_F(TextRenderingTest, LigaturesAreDrawnOnlyWhenShaped)
{
    const QString word = QStringLiteral("office affiliation"); // "ffi", "ff", "fi"
    TextRendering::setShapingNeeded(true);
    if (!drawsOtherGlyphs(word, QApplication::font()))
        GTEST_SKIP() << "the font here has no ligatures";
    TextRendering::setShapingNeeded(false);
    EXPECT_FALSE(drawsOtherGlyphs(word, QApplication::font()));
}

TEST_F(TextRenderingTest, TheWindowShapesTextOnlyWhileItsDocumentNeedsIt)
{
    QTemporaryDir dir;
    QFile article(dir.filePath(QStringLiteral("doha.txt")));
    ASSERT_TRUE(article.open(QIODevice::WriteOnly));
    article.write(QStringLiteral("Talks in Doha\n\nOn 3 March 2022 Kazakhstan said: %1.\n")
                      .arg(kArabic)
                      .toUtf8());
    article.close();
    CorpusOptions withArabic;
    withArabic.folders = {dir.path()};
    {
        WindowFixture f(withArabic);
        EXPECT_FALSE(TextRendering::skipsShaping());
        EXPECT_FALSE(skipsShaping(f.window().sourceViewer()->font()));
    }
    WindowFixture builtin;
    EXPECT_TRUE(TextRendering::skipsShaping());
    EXPECT_TRUE(skipsShaping(builtin.window().sourceViewer()->font()));
}
