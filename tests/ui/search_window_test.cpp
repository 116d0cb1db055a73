// The search pane in the window: reached and used from the keyboard, it opens the source at the
// hit; an article's hits past its first few, and the pages after the first, are listed when
// asked; a big library's index is made while the window answers.
#include "app/search/article_search.h"
#include "tests/core/indexing_hold.h"
#include "ui/coding_controller.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/search_pane.h"
#include "ui/panes/source_viewer.h"
#include "window_fixture.h"

#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPair>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

// `count` notes in `dir`, each naming Russia `times` times in sentences of its own.
void writeNotes(const QTemporaryDir &dir, int count, int times)
{
    for (int i = 0; i < count; ++i) {
        QFile file(dir.filePath(QStringLiteral("note-%1.txt").arg(i)));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("Note %1\n\n").arg(i).toUtf8() +
            QStringLiteral("Russia named it again in note %1. ").arg(i).toUtf8().repeated(times));
    }
}

} // namespace

TEST(SearchWindow, TheSearchPaneIsUsedFromTheKeyboardAndOpensTheSourceAtTheHit)
{
    WindowFixture f;
    MainWindow &w = f.window();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(w.searchDock()->isVisible());
    QLineEdit *query = w.search()->queryField();
    QTest::keyClicks(query, QStringLiteral("\"did not take part\""));
    QTest::keyClick(query, Qt::Key_Return);
    QListWidget *hits = w.search()->hits();
    ASSERT_GT(hits->count(), 1) << w.search()->message().toStdString();
    QTest::keyClick(hits, Qt::Key_Down); // the second hit
    QTest::keyClick(hits, Qt::Key_Return);
    EXPECT_FALSE(w.sourceViewer()->currentArticle().isEmpty());
    EXPECT_EQ(w.sourceViewer()->selectedText().simplified().toLower(),
              QStringLiteral("did not take part"));
    QTest::keyClick(query, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(query, QStringLiteral("\"unclosed"));
    QTest::keyClick(query, Qt::Key_Return);
    EXPECT_EQ(hits->count(), 0);
    EXPECT_TRUE(w.search()->message().contains(QStringLiteral("quotation mark")));
}

TEST(SearchWindow, AnArticlesHitsPastTheFirstFewAreListedInPlaceWhenAsked)
{
    // An article holding a word a thousand times no longer fills the list: its first hits, then
    // a row offering the rest, then the other articles.
    WindowFixture f;
    MainWindow &w = f.window();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QLineEdit *query = w.search()->queryField();
    QTest::keyClicks(query, QStringLiteral("Russia*"));
    QTest::keyClick(query, Qt::Key_Return);
    QListWidget *hits = w.search()->hits();
    int offer = -1;
    for (int r = 0; r < hits->count() && offer < 0; ++r) {
        if (hits->item(r)->text().startsWith(QStringLiteral("Show ")) &&
            hits->item(r)->text().contains(QStringLiteral(" more hits in ")))
            offer = r;
    }
    ASSERT_GE(offer, ArticleSearch::kHitsPerArticle); // after an article's first hits
    const QString article = hits->item(offer - 1)->data(SearchPane::kHitArticleRole).toString();
    ASSERT_FALSE(article.isEmpty());
    for (int r = offer - ArticleSearch::kHitsPerArticle; r < offer; ++r)
        EXPECT_EQ(hits->item(r)->data(SearchPane::kHitArticleRole).toString(), article) << r;
    // How many: the article's occurrences, counted here, less those listed.
    static const QRegularExpression russia(QStringLiteral("\\bRussia\\w*"),
                                           QRegularExpression::CaseInsensitiveOption);
    const int inArticle = int(w.document()->article(article)->text.toString().count(russia));
    const int before = hits->count();
    hits->setCurrentRow(offer);
    QTest::keyClick(hits, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(hits->count() > before, 5000);
    const int added =
        std::min(inArticle - ArticleSearch::kHitsPerArticle, ArticleSearch::kPageSize);
    EXPECT_EQ(hits->count(),
              before - 1 + added +
                  (inArticle - ArticleSearch::kHitsPerArticle > ArticleSearch::kPageSize ? 1 : 0));
    QSet<qlonglong> starts;
    for (int r = offer - ArticleSearch::kHitsPerArticle; r < offer + added; ++r) {
        EXPECT_EQ(hits->item(r)->data(SearchPane::kHitArticleRole).toString(), article) << r;
        starts.insert(hits->item(r)->data(SearchPane::kHitStartRole).toLongLong());
    }
    EXPECT_EQ(starts.size(), ArticleSearch::kHitsPerArticle + added); // none twice
    EXPECT_EQ(hits->currentRow(), offer);                             // the first of them
    QTest::keyClick(hits, Qt::Key_Return);
    EXPECT_EQ(w.sourceViewer()->currentArticle(), article);
    EXPECT_TRUE(w.sourceViewer()->selectedText().toLower().startsWith(QStringLiteral("russia")));
}

TEST(SearchWindow, AnArticlesHitsListedInPlaceLeaveThePagesAsTheyWere)
{
    // Fifteen articles naming Russia twenty-five times each: a page of 200 hits (ten articles,
    // each followed by a row offering its other five), then the next page's row. Listing one
    // article's five moves no hit of the next page nor repeats one.
    QTemporaryDir dir;
    constexpr int kArticles = 15;
    constexpr int kMore = 5;
    writeNotes(dir, kArticles, ArticleSearch::kHitsPerArticle + kMore);
    WindowFixture f(CorpusOptions(false, {dir.path()}));
    MainWindow &w = f.window();
    ASSERT_EQ(w.document()->articles.size(), kArticles);
    w.search()->search(QStringLiteral("Russia"));
    QListWidget *hits = w.search()->hits();
    const auto rowStartingWith = [hits](const QString &text) {
        for (int r = 0; r < hits->count(); ++r) {
            if (hits->item(r)->text().startsWith(text))
                return r;
        }
        return -1;
    };
    const auto hitRows = [hits] {
        QSet<QPair<QString, qlonglong>> listed;
        int rows = 0;
        for (int r = 0; r < hits->count(); ++r) {
            const QString article = hits->item(r)->data(SearchPane::kHitArticleRole).toString();
            if (article.isEmpty())
                continue; // a row offering more
            ++rows;
            listed.insert({article, hits->item(r)->data(SearchPane::kHitStartRole).toLongLong()});
        }
        EXPECT_EQ(listed.size(), rows); // none twice
        return rows;
    };
    ASSERT_EQ(hitRows(), ArticleSearch::kPageSize);
    const int offer = rowStartingWith(QStringLiteral("Show 5 more hits in "));
    ASSERT_GE(offer, 0) << w.search()->message().toStdString();
    hits->setCurrentRow(offer);
    QTest::keyClick(hits, Qt::Key_Return);
    QTRY_COMPARE(hitRows(), ArticleSearch::kPageSize + kMore);
    const int next = rowStartingWith(QStringLiteral("Show the next"));
    ASSERT_EQ(next, hits->count() - 1);
    hits->setCurrentRow(next);
    QTest::keyClick(hits, Qt::Key_Return);
    QTRY_COMPARE(rowStartingWith(QStringLiteral("Show the next")), -1);
    EXPECT_EQ(hitRows(), kArticles * ArticleSearch::kHitsPerArticle + kMore);
}

// A big library's search index is made on a worker thread: the search says so at once, the
// window goes on answering, and the hits come when it is made (with the keyboard, when the
// query still has it).
TEST(SearchWindow, ABigLibrarysSearchIndexIsMadeWhileTheWindowAnswers)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.search()->setIndexInBackgroundFrom(1); // the built-in articles count as a big library
    // The indexing thread is kept busy until the search has been seen waiting: five articles
    // would otherwise be indexed before a look.
    IndexingHold busy;
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QLineEdit *query = w.search()->queryField();
    QTest::keyClicks(query, QStringLiteral("\"did not take part\""));
    QTest::keyClick(query, Qt::Key_Return);
    QListWidget *hits = w.search()->hits();
    QTest::qWait(50); // the window goes on handling its events
    EXPECT_EQ(hits->count(), 0);
    EXPECT_TRUE(w.search()->message().contains(QStringLiteral("Making the search index")))
        << w.search()->message().toStdString();
    busy.release();
    QTRY_VERIFY_WITH_TIMEOUT(hits->count() > 1, 10000);
    EXPECT_TRUE(hits->hasFocus());
    QTest::keyClick(hits, Qt::Key_Return);
    EXPECT_EQ(w.sourceViewer()->selectedText().simplified().toLower(),
              QStringLiteral("did not take part"));
}

// Choosing whose claims to show makes a snapshot of the same articles: a big library's index is
// not made again, the hits of the query are listed at once, and the keyboard stays put.
TEST(SearchWindow, ANewSnapshotOfTheSameArticlesKeepsTheSearchIndex)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.search()->setIndexInBackgroundFrom(1); // the built-in articles count as a big library
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(w.search()->queryField(), QStringLiteral("Russia"));
    QTest::keyClick(w.search()->queryField(), Qt::Key_Return);
    QListWidget *hits = w.search()->hits();
    QTRY_VERIFY_WITH_TIMEOUT(hits->count() > 1, 10000);
    const int listed = hits->count();
    w.countryList()->filterEdit()->setFocus();
    // Were the index made again, the search would wait for it: the thread that makes it is held.
    IndexingHold busy;
    const DocumentModelPtr before = w.document();
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    w.coding()->setFilter(ClaimFilter::By::Curated);
    ASSERT_NE(w.document(), before);
    EXPECT_EQ(hits->count(), listed);
    EXPECT_FALSE(w.search()->message().contains(QStringLiteral("Making the search index")))
        << w.search()->message().toStdString();
    EXPECT_TRUE(w.countryList()->filterEdit()->hasFocus());
    busy.release();
}

// A search asked for by the program (not typed) shows its query in the field, so the hits are
// never listed under another query, and a new snapshot searches it again.
TEST(SearchWindow, ASearchShowsTheQueryItsHitsAnswer)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.search()->search(QStringLiteral("\"did not take part\""));
    EXPECT_EQ(w.search()->queryField()->text(), QStringLiteral("\"did not take part\""));
    ASSERT_GT(w.search()->hits()->count(), 0);
    w.reload();
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_GT(w.search()->hits()->count(), 0);
    EXPECT_EQ(w.search()->queryField()->text(), QStringLiteral("\"did not take part\""));
}

// A malformed query is said at once, not once a big library's index is made.
TEST(SearchWindow, AMalformedQueryIsSaidWithoutWaitingForTheIndex)
{
    WindowFixture f;
    MainWindow &w = f.window();
    w.search()->setIndexInBackgroundFrom(1);
    IndexingHold busy;
    w.search()->search(QStringLiteral("\"unclosed"));
    EXPECT_TRUE(w.search()->message().contains(QStringLiteral("quotation mark")))
        << w.search()->message().toStdString();
    busy.release();
}

TEST(SearchWindow, ManyHitsComeAPageAtATimeAndTheLastRowShowsTheNext)
{
    // Fifteen articles, each naming Russia twenty times: 300 hits, more than a page holds.
    QTemporaryDir dir;
    constexpr int kArticles = 15;
    writeNotes(dir, kArticles, ArticleSearch::kHitsPerArticle);
    WindowFixture f(CorpusOptions(false, {dir.path()}));
    MainWindow &w = f.window();
    ASSERT_EQ(w.document()->articles.size(), kArticles);
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QLineEdit *query = w.search()->queryField();
    QTest::keyClicks(query, QStringLiteral("Russia*"));
    QTest::keyClick(query, Qt::Key_Return);
    QListWidget *hits = w.search()->hits();
    const int total = kArticles * ArticleSearch::kHitsPerArticle;
    ASSERT_GT(total, ArticleSearch::kPageSize);
    ASSERT_EQ(hits->count(), ArticleSearch::kPageSize + 1) << w.search()->message().toStdString();
    EXPECT_TRUE(hits->item(200)->text().startsWith(QStringLiteral("Show the next")));
    EXPECT_TRUE(w.search()->message().contains(QStringLiteral("The first 200 hits")));
    hits->setCurrentRow(200);
    QTest::keyClick(hits, Qt::Key_Return);
    QTRY_COMPARE(hits->count(), total);
    EXPECT_EQ(hits->currentRow(), 200); // the first hit of the new page
    EXPECT_FALSE(hits->currentItem()->text().startsWith(QStringLiteral("Show the next")));
}
