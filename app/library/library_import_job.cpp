#include "app/library/library_import_job.h"

#include <QtConcurrent/QtConcurrentRun>

int ImportReport::imported() const
{
    return int(std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ImportOutcome &o) {
        return o.result == ImportOutcome::Result::Imported;
    }));
}

int ImportReport::failed() const
{
    return int(std::count_if(
               outcomes.cbegin(), outcomes.cend(),
               [](const ImportOutcome &o) { return o.result == ImportOutcome::Result::Failed; })) +
           int(problems.size());
}

LibraryImportJob::LibraryImportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

LibraryImportJob::~LibraryImportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

ImportReport LibraryImportJob::run(const QString &library, const QStringList &paths,
                                   const LibraryImport::LoadedTexts &loaded,
                                   const std::function<void(int, int)> &progress,
                                   const std::atomic<bool> &stop)
{
    ImportReport report;
    report.library = library;
    LibraryDatabase database(library);
    QString error;
    Problems problems;
    if (!database.open(&error, &problems)) {
        report.problems.append(error);
        return report;
    }
    if (database.readOnly()) {
        report.problems.append(
            QStringLiteral("%1: is read-only; nothing was imported").arg(library));
        return report;
    }
    for (const Problem &p : problems)
        report.problems.append(p.toString());
    QStringList missing;
    const QStringList files = LibraryImport::filesOf(paths, &missing);
    for (const QString &m : missing)
        report.problems.append(QStringLiteral("%1: no such file or folder").arg(m));
    Problems ruleProblems;
    const BoilerplateRules rules = BoilerplateRules::builtin(&ruleProblems);
    for (int i = 0; i < files.size(); ++i) {
        if (stop) {
            report.cancelled = true;
            break;
        }
        report.outcomes.append(LibraryImport::importFile(database, files.at(i), rules, loaded));
        if (progress)
            progress(i + 1, int(files.size()));
    }
    return report;
}

void LibraryImportJob::start(const QString &library, const QStringList &paths,
                             const LibraryImport::LoadedTexts &loaded)
{
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    // The destructor waits for the worker, so `this` outlives every call made on it.
    const auto report = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([library, paths, loaded, stop, report] {
        return run(library, paths, loaded, report, *stop);
    }));
    Q_EMIT started();
}

void LibraryImportJob::cancel()
{
    if (m_stop)
        *m_stop = true;
}
