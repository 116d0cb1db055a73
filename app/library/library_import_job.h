// Library stage: an import run off the UI thread (QtConcurrent): files and folders imported
// into a library one file (and one transaction) at a time, with progress, and Cancel taking
// effect between two files. The job opens the library on its own thread.
#pragma once

#include "app/library/library_import.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

struct ImportReport {
    QString library;
    QVector<ImportOutcome> outcomes;
    QStringList problems; // the library that could not be opened, paths that do not exist
    bool cancelled = false;
    int imported() const;
    int failed() const;
};

class LibraryImportJob : public QObject {
    Q_OBJECT
public:
    explicit LibraryImportJob(QObject *parent = nullptr);
    ~LibraryImportJob() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    // `loaded`: the corpus's texts outside the library, refused as copies (LibraryImport).
    void start(const QString &library, const QStringList &paths,
               const LibraryImport::LoadedTexts &loaded = {});
    void cancel();

    // The import itself, synchronous: what start() runs on a worker thread.
    static ImportReport run(const QString &library, const QStringList &paths,
                            const LibraryImport::LoadedTexts &loaded,
                            const std::function<void(int, int)> &progress,
                            const std::atomic<bool> &stop);

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    void finished(const ImportReport &report);

private:
    QFutureWatcher<ImportReport> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_stop;
};
