#include "ui/library_controller.h"

#include "app/corpus/wording.h"
#include "app/import/article_importer.h"
#include "app/library/library_import_job.h"
#include "ui/panes/article_metadata_dialog.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

LibraryController::LibraryController(QSettings *settings, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_window(window)
    , m_job(new LibraryImportJob(this))
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
    connect(m_job, &LibraryImportJob::finished, this, &LibraryController::imported);
}

QString LibraryController::startWith(const QString &given)
{
    if (!given.isEmpty()) {
        m_library = given;
        return m_library;
    }
    const QString last = m_settings->value(settingsKey()).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        m_library = last;
        return m_library;
    }
    if (!last.isEmpty()) {
        m_problems.append({last, 0,
                           tr("the library opened last is not there any more; the default "
                              "library is used (File → Open Library… chooses another)")});
        m_settings->remove(settingsKey());
    }
    const QString fallback = LibraryDatabase::defaultPath();
    m_library = QFileInfo::exists(fallback) ? fallback : QString();
    return m_library;
}

void LibraryController::chooseLibrary()
{
    // The library open, else the default one, chosen in its folder. That folder is made if it
    // is not there yet: the dialog took a folder that was not there for a file name and offered
    // to open "Position Explorer".
    const QFileInfo suggested(m_library.isEmpty() ? LibraryDatabase::defaultPath() : m_library);
    QDir().mkpath(suggested.absolutePath());
    QFileDialog dialog(m_window, tr("Open Library"), suggested.absolutePath());
    dialog.selectFile(suggested.fileName());
    dialog.setDefaultSuffix(QStringLiteral("sqlite")); // a new "mine" is "mine.sqlite"
    dialog.setFileMode(QFileDialog::AnyFile);          // a new name starts a new, empty library
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setNameFilters({tr("Libraries (*.sqlite *.db)"), tr("All files (*)")});
    dialog.setLabelText(QFileDialog::Accept, tr("Open"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    openLibrary(dialog.selectedFiles().constFirst());
}

bool LibraryController::openLibrary(const QString &path)
{
    LibraryDatabase database(path);
    QString error;
    Problems problems;
    if (!database.open(&error, &problems)) {
        QMessageBox::warning(m_window, tr("Library Not Opened"),
                             tr("%1\n\nThe library shown stays open.").arg(error));
        return false;
    }
    m_problems = problems; // a damaged file set aside, a read-only one
    m_library = QFileInfo(path).absoluteFilePath();
    m_settings->setValue(settingsKey(), m_library);
    Q_EMIT message(tr("Library %1 is open").arg(m_library), 8000);
    if (!m_problems.isEmpty())
        Q_EMIT problemsFound();
    Q_EMIT changed(m_library);
    return true;
}

void LibraryController::chooseArticlesToImport()
{
    QStringList patterns;
    for (const QString &suffix : ArticleImporter::suffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    const QStringList files =
        QFileDialog::getOpenFileNames(m_window, tr("Import Articles"), QString(),
                                      tr("Articles (%1)").arg(patterns.join(QLatin1Char(' '))));
    if (!files.isEmpty())
        importArticles(files);
}

void LibraryController::importArticles(const QStringList &paths)
{
    if (m_job->isRunning()) {
        Q_EMIT message(tr("An import is running; drop the files again when it ends"), 5000);
        return;
    }
    if (m_library.isEmpty())
        m_library = LibraryDatabase::defaultPath();
    m_job->start(m_library, paths,
                 m_loaded ? LibraryImport::textsOf(m_loaded->articles)
                          : LibraryImport::LoadedTexts());
}

void LibraryController::imported(const ImportReport &report)
{
    m_problems.clear();
    for (const QString &problem : report.problems)
        m_problems.append({report.library, 0, problem});
    for (const ImportOutcome &o : report.outcomes) {
        if (o.result != ImportOutcome::Result::Imported)
            m_problems.append(Problem::fromLine(o.path, o.message)); // its file, line, words
    }
    const QString imported = Wording::counted(report.imported(), tr("article"), tr("articles"));
    QString text = report.cancelled ? tr("Import cancelled: %1 imported before it stopped; "
                                         "importing the same files again adds the rest")
                                          .arg(imported)
                                    : tr("%1 imported into the library").arg(imported);
    const auto copies =
        std::count_if(report.outcomes.cbegin(), report.outcomes.cend(), [](const ImportOutcome &o) {
            return o.result == ImportOutcome::Result::AlreadyThere;
        });
    if (copies > 0)
        text += tr("; %1 already in the corpus (see Problems)").arg(copies);
    if (report.failed() > 0)
        text += tr("; %1 could not be (see Problems)").arg(report.failed());
    Q_EMIT message(text, 10000);
    if (!m_problems.isEmpty())
        Q_EMIT problemsFound();
    Q_EMIT changed(m_library);
}

void LibraryController::editArticle(const Article &article)
{
    ArticleMetadataDialog dialog(article, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LibraryDatabase library(article.library);
    QString error;
    if (!library.open(&error) ||
        !LibraryArticles::setMetadata(library, article.localId, dialog.metadata(), &error)) {
        QMessageBox::warning(m_window, tr("Details Not Saved"), error);
        return;
    }
    Q_EMIT changed(m_library);
}

void LibraryController::removeArticle(const Article &article)
{
    const auto answer = QMessageBox::question(
        m_window, tr("Remove from the Library?"),
        tr("Remove “%1” (%2) from the library? Its text and metadata are deleted from %3.")
            .arg(article.meta.title.isEmpty() ? article.file : article.meta.title, article.file,
                 article.library),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    LibraryDatabase library(article.library);
    QString error;
    if (!library.open(&error) || !LibraryArticles::remove(library, article.localId, &error)) {
        QMessageBox::warning(m_window, tr("Not Removed"), error);
        return;
    }
    Q_EMIT message(tr("Removed %1 from the library").arg(article.file), 8000);
    Q_EMIT changed(m_library);
}

bool LibraryController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto *enter = static_cast<QDragEnterEvent *>(event);
        if (!localFiles(enter->mimeData()).isEmpty()) {
            enter->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            importArticles(paths);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
