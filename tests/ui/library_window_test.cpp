// The library in the window: files dropped on it are imported and join the corpus; the search
// pane is reached and used from the keyboard and opens the source at the hit.
#include "app/library/library_articles.h"
#include "app/models/model_roles.h"
#include "app/search/article_search.h"
#include "tests/core/indexing_hold.h"
#include "ui/coding_controller.h"
#include "ui/panes/article_metadata_dialog.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/search_pane.h"
#include "ui/panes/source_viewer.h"
#include "ui/panes/sources_pane.h"
#include "window_fixture.h"

#include <QApplication>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPair>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
}

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

TEST(LibraryWindow, FilesDroppedOnTheWindowAreImportedAndJoinTheCorpus)
{
    QTemporaryDir dir;
    CorpusOptions corpus;
    corpus.library = dir.filePath(QStringLiteral("library.sqlite"));
    WindowFixture f(corpus);
    MainWindow &w = f.window();
    ASSERT_EQ(w.document()->articles.size(), 5); // the built-in articles; the library is empty
    const QString page = write(dir, QStringLiteral("chisinau-notes.html"),
                               "<html><head><title>Chisinau notes</title></head><body><nav>Home"
                               "</nav><p>On 3 March 2022, Moldova applied to join the European "
                               "Union.</p></body></html>");
    const QString bad = write(dir, QStringLiteral("broken.pdf"), "not a pdf at all");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(page), QUrl::fromLocalFile(bad)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&w, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(&w, &drop);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_EQ(w.document()->articles.size(), 6);
    const Article *mine = w.document()->article(QStringLiteral("chisinau-notes"));
    ASSERT_NE(mine, nullptr);
    EXPECT_EQ(mine->meta.title, QStringLiteral("Chisinau notes"));
    EXPECT_FALSE(
        mine->text.toString().contains(QStringLiteral("Home"))); // the navigation is dropped
    EXPECT_TRUE(w.problemsDock()->isVisible()); // the PDF that was none is reported
    // Kept in the library: a new window on it starts with the article.
    f.restart();
    EXPECT_NE(f.window().document()->article(QStringLiteral("chisinau-notes")), nullptr);
}

namespace {

// Runs `answer` on the modal dialog the next key opens, once it is open.
void whenADialogOpens(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            answer(dialog);
    });
}

// A key pressed where a user's would go: on the focused table of the active window.
void pressOn(MainWindow &w, QWidget *widget, Qt::Key key)
{
    QApplication::setActiveWindow(&w);
    widget->setFocus();
    QTest::keyClick(widget, key);
}

QModelIndex sourceRow(QTableView *view, const QString &article)
{
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const QModelIndex index = view->model()->index(r, 0);
        if (index.data(ModelRoles::ArticleIdRole).toString() == article)
            return index;
    }
    return {};
}

} // namespace

TEST(LibraryWindow, F2EditsALibraryArticleAndDeleteRemovesItAfterAsking)
{
    QTemporaryDir dir;
    CorpusOptions corpus;
    corpus.library = dir.filePath(QStringLiteral("library.sqlite"));
    WindowFixture f(corpus);
    MainWindow &w = f.window();
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    w.importArticles(
        {write(dir, QStringLiteral("chisinau.txt"),
               "Chisinau notes\n\nOn 3 March 2022, Moldova applied to join the EU.\n")});
    ASSERT_TRUE(loaded.wait(20000));
    w.countryList()->selectCountry(QStringLiteral("MDA"));
    w.tabs()->setCurrentWidget(w.sources());
    QTableView *view = w.sources()->view();
    const QModelIndex mine = sourceRow(view, QStringLiteral("chisinau"));
    ASSERT_TRUE(mine.isValid());
    view->setCurrentIndex(mine);
    whenADialogOpens([](QWidget *dialog) {
        auto *details = qobject_cast<ArticleMetadataDialog *>(dialog);
        ASSERT_NE(details, nullptr);
        details->field(QStringLiteral("publisher"))->setText(QStringLiteral("My notes"));
        details->accept();
    });
    pressOn(w, view, Qt::Key_F2);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_NE(w.document()->article(QStringLiteral("chisinau")), nullptr);
    EXPECT_EQ(w.document()->article(QStringLiteral("chisinau"))->meta.publisher,
              QStringLiteral("My notes"));
    // A built-in article is not removed, and nothing asks.
    bool asked = false;
    const QModelIndex builtin = sourceRow(view, QStringLiteral("bd-war-at-the-door"));
    ASSERT_TRUE(builtin.isValid());
    view->setCurrentIndex(builtin);
    whenADialogOpens([&asked](QWidget *dialog) {
        asked = true;
        dialog->close();
    });
    pressOn(w, view, Qt::Key_Delete);
    QApplication::processEvents();
    EXPECT_FALSE(asked);
    EXPECT_EQ(w.document()->articles.size(), 6);
    // The library's article goes, once the question is answered Yes.
    view->setCurrentIndex(sourceRow(view, QStringLiteral("chisinau")));
    whenADialogOpens([](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        ASSERT_NE(box, nullptr);
        box->button(QMessageBox::Yes)->click();
    });
    pressOn(w, view, Qt::Key_Delete);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(w.document()->article(QStringLiteral("chisinau")), nullptr);
    EXPECT_EQ(w.document()->articles.size(), 5);
}

TEST(LibraryWindow, TheSearchPaneIsUsedFromTheKeyboardAndOpensTheSourceAtTheHit)
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

TEST(LibraryWindow, AnArticlesHitsPastTheFirstFewAreListedInPlaceWhenAsked)
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

TEST(LibraryWindow, AnArticlesHitsListedInPlaceLeaveThePagesAsTheyWere)
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
TEST(LibraryWindow, ABigLibrarysSearchIndexIsMadeWhileTheWindowAnswers)
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
TEST(LibraryWindow, ANewSnapshotOfTheSameArticlesKeepsTheSearchIndex)
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
TEST(LibraryWindow, ASearchShowsTheQueryItsHitsAnswer)
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
TEST(LibraryWindow, AMalformedQueryIsSaidWithoutWaitingForTheIndex)
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

TEST(LibraryWindow, ManyHitsComeAPageAtATimeAndTheLastRowShowsTheNext)
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
