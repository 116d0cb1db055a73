// ui: the main window's article library — File → Import Articles…, files and folders dropped on
// the window — imported off the UI thread, then the snapshot loaded again with the library.
#include "app/corpus/wording.h"
#include "app/import/article_importer.h"
#include "app/library/library_import_job.h"
#include "app/model/document_loader.h"
#include "ui/main_window.h"
#include "ui/panes/country_list_pane.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
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
