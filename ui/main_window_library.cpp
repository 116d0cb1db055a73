// ui: the main window's article library — File → Import Articles…, files and folders dropped on
// the window — imported off the UI thread, then the snapshot loaded again with the library.
#include "app/corpus/wording.h"
#include "app/import/article_importer.h"
#include "app/library/library_import_job.h"
#include "app/model/document_loader.h"
#include "ui/main_window.h"
#include "ui/panes/article_metadata_dialog.h"
#include "ui/panes/country_list_pane.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

void MainWindow::chooseArticlesToImport()
{
    QStringList patterns;
    for (const QString &suffix : ArticleImporter::suffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import Articles"), QString(),
                                      tr("Articles (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!files.isEmpty())
        importArticles(files);
}

void MainWindow::importArticles(const QStringList &paths)
{
    if (m_import->isRunning()) {
        statusBar()->showMessage(tr("An import is running; drop the files again when it ends"),
                                 5000);
        return;
    }
    CorpusOptions options = m_loader->options();
    if (options.library.isEmpty())
        options.library = LibraryDatabase::defaultPath();
    m_status->setText(tr("Importing…"));
    m_import->start(options.library, paths);
}

void MainWindow::imported(const ImportReport &report)
{
    m_importProblems.clear();
    for (const QString &problem : report.problems)
        m_importProblems.append({report.library, 0, problem});
    for (const ImportOutcome &o : report.outcomes) {
        if (o.result == ImportOutcome::Result::Failed)
            m_importProblems.append({o.path, 0, o.message});
    }
    statusBar()->showMessage(
        tr("%1 imported into the library%2")
            .arg(Wording::counted(report.imported(), tr("article"), tr("articles")),
                 report.failed() > 0 ? tr("; %1 could not be (see Problems)").arg(report.failed())
                                     : QString()),
        10000);
    if (report.failed() > 0)
        m_problemsDock->show();
    CorpusOptions options = m_loader->options();
    options.library = report.library;
    m_pendingCountry = m_countries->currentCountry();
    m_loader->load(options);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importArticles(paths);
}

const Article *MainWindow::libraryArticle(const QString &articleId)
{
    const Article *article = m_document ? m_document->article(articleId) : nullptr;
    if (article && article->library.isEmpty()) {
        statusBar()->showMessage(
            tr("%1 is not in the library: built-in articles and those of added folders are "
               "read-only here")
                .arg(article->label()),
            8000);
        return nullptr;
    }
    return article;
}

void MainWindow::editArticle(const QString &articleId)
{
    const Article *article = libraryArticle(articleId);
    if (!article)
        return;
    ArticleMetadataDialog dialog(*article, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LibraryDatabase library(article->library);
    QString error;
    if (!library.open(&error) ||
        !LibraryArticles::setMetadata(library, article->localId, dialog.metadata(), &error)) {
        QMessageBox::warning(this, tr("Not saved"), error);
        return;
    }
    reload();
}

void MainWindow::removeArticle(const QString &articleId)
{
    const Article *article = libraryArticle(articleId);
    if (!article)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove from the Library?"),
        tr("Remove “%1” (%2) from the library? Its text and metadata are deleted from %3.")
            .arg(article->meta.title.isEmpty() ? article->file : article->meta.title, article->file,
                 article->library),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    LibraryDatabase library(article->library);
    QString error;
    if (!library.open(&error) || !LibraryArticles::remove(library, article->localId, &error)) {
        QMessageBox::warning(this, tr("Not removed"), error);
        return;
    }
    statusBar()->showMessage(tr("Removed %1 from the library").arg(article->file), 8000);
    reload();
}
