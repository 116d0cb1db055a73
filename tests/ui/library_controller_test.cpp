// The library's file in the window: File → Open Library… remembered across restarts, a library
// that is gone or written by a newer version; an import's progress and Cancel; F2 in the source
// viewer's header; a copy of a built-in article refused.
#include "app/corpus/boilerplate_rules.h"
#include "app/library/library_import.h"
#include "app/library/library_import_job.h"
#include "app/model/document_model_builder.h"
#include "ui/library_controller.h"
#include "ui/panes/article_metadata_dialog.h"
#include "ui/panes/load_progress.h"
#include "ui/panes/problems_pane.h"
#include "ui/panes/source_viewer.h"
#include "window_fixture.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <functional>

namespace {

QString write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

// A library file holding one article, written as another window would have written it.
void makeLibrary(const QString &path, const QString &articleFile, const QByteArray &text)
{
    LibraryDatabase library(path);
    QString error;
    ASSERT_TRUE(library.open(&error)) << error.toStdString();
    Problems problems;
    const BoilerplateRules rules = BoilerplateRules::builtin(&problems);
    const ImportOutcome outcome = LibraryImport::importFile(
        library, write(QFileInfo(path).absolutePath() + QLatin1Char('/') + articleFile, text),
        rules);
    ASSERT_EQ(outcome.result, ImportOutcome::Result::Imported) << outcome.message.toStdString();
}

void whenADialogOpens(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, [answer] {
        if (QWidget *dialog = QApplication::activeModalWidget())
            answer(dialog);
    });
}

QStringList problemTexts(MainWindow &w)
{
    QStringList texts;
    QTreeWidget *view = w.problems()->view();
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        texts.append(view->topLevelItem(i)->text(0) + QLatin1Char(' ') +
                     view->topLevelItem(i)->text(2));
    return texts;
}

const QByteArray kNotes = "Tbilisi notes\n\nOn 3 March 2022, Georgia applied to join the EU.\n";

} // namespace

TEST(LibraryController, TheLibraryOpenedIsRememberedAndOneThatIsGoneFallsBackToTheDefault)
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other/library.sqlite"));
    makeLibrary(other, QStringLiteral("tbilisi.txt"), kNotes);
    WindowFixture f;
    MainWindow &w = f.window();
    ASSERT_EQ(w.document()->article(QStringLiteral("tbilisi")), nullptr);
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    ASSERT_TRUE(w.library()->openLibrary(other));
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_NE(w.document()->article(QStringLiteral("tbilisi")), nullptr);
    EXPECT_EQ(f.settings().value(LibraryController::settingsKey()).toString(), other);

    f.restart(); // no --library: the one opened last
    EXPECT_NE(f.window().document()->article(QStringLiteral("tbilisi")), nullptr);
    EXPECT_EQ(f.window().library()->library(), other);

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(other + suffix);
    f.restart();
    EXPECT_EQ(f.window().document()->article(QStringLiteral("tbilisi")), nullptr);
    EXPECT_FALSE(QFile::exists(other)); // not made again, empty, where it was
    EXPECT_TRUE(f.window().problemsDock()->isVisible());
    EXPECT_TRUE(problemTexts(f.window())
                    .filter(other)
                    .filter(QStringLiteral("is not there any more"))
                    .size() == 1)
        << problemTexts(f.window()).join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(f.settings().contains(LibraryController::settingsKey()));
}

TEST(LibraryController, OpenLibraryOffersTheLibraryFileAndANewNameGetsItsSuffix)
{
    // A first-time user was offered "Position Explorer" (the default library's folder, not
    // there yet, taken for a file name); opening it made a library the dialog's filter hid.
    WindowFixture f;
    MainWindow &w = f.window();
    const QString defaultLibrary = LibraryDatabase::defaultPath();
    QString offered;
    QString made;
    whenADialogOpens([&](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        if (!files) {
            dialog->close();
            return;
        }
        offered = files->selectedFiles().value(0);
        made = files->directory().filePath(QStringLiteral("mine"));
        files->selectFile(QStringLiteral("mine"));
        static_cast<QDialog *>(files)->accept(); // (QFileDialog's own is protected)
    });
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    w.library()->chooseLibrary();
    EXPECT_EQ(QFileInfo(offered).absoluteFilePath().toStdString(),
              QFileInfo(defaultLibrary).absoluteFilePath().toStdString());
    ASSERT_FALSE(made.isEmpty());
    EXPECT_EQ(w.library()->library().toStdString(),
              QFileInfo(made + QStringLiteral(".sqlite")).absoluteFilePath().toStdString());
    EXPECT_TRUE(QFile::exists(made + QStringLiteral(".sqlite")));
    EXPECT_FALSE(QFile::exists(made));
}

TEST(LibraryController, ALibraryANewerVersionWroteIsRefusedAndTheOneShownStays)
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("mine.sqlite"));
    makeLibrary(mine, QStringLiteral("tbilisi.txt"), kNotes);
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("n"));
        db.setDatabaseName(newer);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (99)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("n"));
    CorpusOptions corpus;
    corpus.library = mine;
    WindowFixture f(corpus);
    MainWindow &w = f.window();
    QString said;
    whenADialogOpens([&said](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        ASSERT_NE(box, nullptr);
        said = box->text();
        box->close();
    });
    EXPECT_FALSE(w.library()->openLibrary(newer));
    EXPECT_TRUE(said.contains(newer)) << said.toStdString();
    EXPECT_TRUE(said.contains(QLatin1String("newer Position Explorer"))) << said.toStdString();
    EXPECT_EQ(w.library()->library(), mine);
    EXPECT_NE(w.document()->article(QStringLiteral("tbilisi")), nullptr);
    EXPECT_FALSE(f.settings().contains(LibraryController::settingsKey()));
}

TEST(LibraryController, AnImportShowsItsProgressAndCancelStopsItBetweenWholeArticles)
{
    QTemporaryDir dir;
    const int files = 300;
    for (int i = 0; i < files; ++i)
        write(dir.filePath(QStringLiteral("many/note-%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
              QStringLiteral("Note %1\n\nMoldova spoke of the war on day %1.\n").arg(i).toUtf8());
    CorpusOptions corpus;
    corpus.library = dir.filePath(QStringLiteral("library.sqlite"));
    WindowFixture f(corpus);
    MainWindow &w = f.window();
    LibraryImportJob *job = w.library()->job();
    bool shown = false;
    QObject::connect(job, &LibraryImportJob::started, &w, [&] {
        shown = w.progress()->isVisible() && w.progress()->cancelButton()->isVisible();
        QTest::mouseClick(w.progress()->cancelButton(), Qt::LeftButton);
    });
    QSignalSpy finished(job, &LibraryImportJob::finished);
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    w.importArticles({dir.filePath(QStringLiteral("many"))});
    ASSERT_TRUE(finished.wait(30000));
    const auto report = finished.first().first().value<ImportReport>();
    EXPECT_TRUE(shown);
    EXPECT_TRUE(report.cancelled);
    EXPECT_LT(report.imported(), files);
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QLatin1String("cancelled")))
        << w.statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_FALSE(w.progress()->isVisible());
    // Whole articles only: the library holds exactly those the report counts.
    EXPECT_EQ(w.document()->articles.size(), 5 + report.imported());

    QObject::disconnect(job, &LibraryImportJob::started, &w, nullptr);
    w.importArticles({dir.filePath(QStringLiteral("many"))}); // run again: the rest comes
    ASSERT_TRUE(loaded.wait(60000));
    EXPECT_EQ(w.document()->articles.size(), 5 + files);
}

TEST(LibraryController, F2InTheSourceViewerEditsALibraryArticleOnly)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));
    makeLibrary(library, QStringLiteral("tbilisi.txt"), kNotes);
    CorpusOptions corpus;
    corpus.library = library;
    WindowFixture f(corpus);
    MainWindow &w = f.window();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    SourceViewer *viewer = w.sourceViewer();
    viewer->showArticle(QStringLiteral("bd-war-at-the-door"));
    EXPECT_FALSE(viewer->detailsButton()->isEnabled());
    viewer->showArticle(QStringLiteral("tbilisi"));
    EXPECT_TRUE(viewer->detailsButton()->isEnabled());
    viewer->textView()->setFocus();
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    whenADialogOpens([](QWidget *dialog) {
        auto *details = qobject_cast<ArticleMetadataDialog *>(dialog);
        ASSERT_NE(details, nullptr);
        details->field(QStringLiteral("title"))->setText(QStringLiteral("Notes from Tbilisi"));
        details->accept();
    });
    QTest::keyClick(viewer->textView(), Qt::Key_F2);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(w.document()->article(QStringLiteral("tbilisi"))->meta.title,
              QStringLiteral("Notes from Tbilisi"));
    EXPECT_TRUE(viewer->metadataText().contains(QLatin1String("Notes from Tbilisi")));
}

TEST(LibraryController, TheArticleDetailsHaveRoomForATitleAndShowEachFromItsStart)
{
    // A trial's dialog was 500 pixels wide: its title read "N General Assembly", its window
    // title "Article D… n-vote.txt".
    const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    Article article = model->articles.first();
    article.meta.title = QStringLiteral("UN General Assembly votes on Ukraine, and what the "
                                        "post-Soviet states said of them");
    ArticleMetadataDialog dialog(article);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QLineEdit *title = dialog.field(QStringLiteral("title"));
    // (the text's own margins and frame take some 10 pixels)
    EXPECT_GE(title->width() - 10,
              title->fontMetrics().horizontalAdvance(article.meta.title.left(48)));
    EXPECT_EQ(title->cursorPosition(), 0); // "UN General…", not its end
    EXPECT_FALSE(dialog.windowTitle().contains(article.file));
    bool fileNamed = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        fileNamed = fileNamed || label->text().contains(article.file);
    EXPECT_TRUE(fileNamed);
}

TEST(LibraryController, ACopyOfABuiltInArticleDroppedOnTheWindowIsRefusedNamingIt)
{
    QTemporaryDir dir;
    CorpusOptions corpus;
    corpus.library = dir.filePath(QStringLiteral("library.sqlite"));
    WindowFixture f(corpus);
    MainWindow &w = f.window();
    const Article &builtin = w.document()->articles.first();
    const QString copy =
        write(dir.filePath(QStringLiteral("copy.txt")), builtin.text.toString().toUtf8());
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    w.importArticles({copy});
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(w.document()->articles.size(), 5);
    EXPECT_TRUE(w.problemsDock()->isVisible());
    EXPECT_EQ(problemTexts(w).filter(QStringLiteral("the built-in article")).size(), 1)
        << problemTexts(w).join(QLatin1Char('\n')).toStdString();
}

TEST(LibraryController, AnImportsProblemsGiveTheirFileAndLineApartAndTheDockIsNotRemembered)
{
    // A trial's Problems pane repeated each file's path in its message, left the Line column
    // empty, cut long messages, and came back empty at the next start.
    QTemporaryDir dir;
    const QString bad = write(dir.filePath(QStringLiteral("notes.txt")),
                              "A note\n\nline two\ncaf\xE9 on line four\n");
    WindowFixture f;
    MainWindow &w = f.window();
    QSignalSpy loaded(&w, &MainWindow::documentLoaded);
    w.importArticles({bad});
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_TRUE(w.problemsDock()->isVisible());
    QTreeWidget *view = w.problems()->view();
    ASSERT_EQ(w.problems()->count(), 1);
    const QTreeWidgetItem *item = view->topLevelItem(0);
    EXPECT_EQ(item->text(0), bad);
    EXPECT_EQ(item->text(1), QStringLiteral("4"));
    EXPECT_TRUE(item->text(2).startsWith(QStringLiteral("the text is not valid UTF-8")))
        << item->text(2).toStdString();
    EXPECT_FALSE(item->text(2).contains(bad));
    EXPECT_TRUE(view->wordWrap());
    // The dock takes a few lines of the window, not a quarter of it.
    EXPECT_LT(w.problemsDock()->height(), w.height() / 4);

    f.restart(); // shown when the window closed; the new start has no problem
    EXPECT_FALSE(f.window().problemsDock()->isVisible());
}

TEST(LibraryController, AWindowOnAFileThatIsNoLibraryStartsWithTheBuiltInCorpusAndKeepsTheFile)
{
    QTemporaryDir dir;
    const QString path = write(dir.filePath(QStringLiteral("library.sqlite")),
                               "These are my notes, not a database.\n");
    CorpusOptions corpus;
    corpus.library = path;
    WindowFixture f(corpus);
    MainWindow &w = f.window();
    EXPECT_EQ(w.document()->articles.size(), 5);
    EXPECT_TRUE(w.problemsDock()->isVisible());
    EXPECT_EQ(problemTexts(w).filter(path).filter(QStringLiteral("not an SQLite library")).size(),
              1)
        << problemTexts(w).join(QLatin1Char('\n')).toStdString();
    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("library.sqlite.damaged-*")}, QDir::Files);
    ASSERT_EQ(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("These are my notes, not a database.\n"));
}
