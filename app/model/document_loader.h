// Builds document model snapshots off the UI thread (QtConcurrent) and hands each finished
// snapshot back on the thread that asked, so views can swap models there.
#pragma once

#include "corpus/corpus_loader.h"
#include "document_model.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

class DocumentLoader : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    void
    load(const CorpusOptions &options); // a newer load supersedes a running one, without blocking
    bool isLoading() const { return m_watcher.isRunning(); }
    CorpusOptions options() const { return m_options; }

Q_SIGNALS:
    void started();
    void loaded(DocumentModelPtr document);

private:
    void start(const CorpusOptions &options);

    QFutureWatcher<DocumentModelPtr> m_watcher;
    CorpusOptions m_options;
    std::optional<CorpusOptions> m_pending;
};
