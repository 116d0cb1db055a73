// The library in the window: files dropped on it are imported and join the corpus; a library
// article's details are edited and it is removed. (The search pane: search_window_test.cpp.)
#include "app/models/model_roles.h"
#include "ui/panes/article_metadata_dialog.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/sources_pane.h"
#include "window_fixture.h"

#include <QApplication>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return file.fileName();
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
