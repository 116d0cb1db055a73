// Builds document model snapshots off the UI thread (QtConcurrent) and hands each finished
// snapshot back on the thread that asked, so views can swap models there.
#pragma once

#include "corpus/corpus_loader.h"
#include "document_model.h"

#include <QFutureWatcher>
#include <QObject>

class DocumentLoader : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void load(const CorpusOptions &options); // a newer load supersedes a running one
    bool isLoading() const { return m_watcher.isRunning(); }
    CorpusOptions options() const { return m_options; }

Q_SIGNALS:
    void started();
    void loaded(DocumentModelPtr document);

private:
    QFutureWatcher<DocumentModelPtr> m_watcher;
    CorpusOptions m_options;
};
