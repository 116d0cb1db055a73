// Builds document model snapshots off the UI thread (QtConcurrent) and hands each finished
// snapshot back on the thread that asked, so views can swap models there. Reports progress and
// can be cancelled; a cancelled load hands back nothing, so the snapshot shown stays.
#pragma once

#include "app/corpus/corpus_loader.h"
#include "app/model/document_model.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

class DocumentLoader : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject *parent = nullptr);
    ~DocumentLoader() override;

    // A newer load supersedes a running one (which is stopped), without blocking.
    void load(const CorpusOptions &options);
    // Stops the running load between two files; cancelled() follows, loaded() does not.
    void cancel();
    bool isLoading() const { return m_busy; }
    // The options of the last load asked for; after a cancel, those of the snapshot shown.
    CorpusOptions options() const { return m_options; }
    // Whose claims the positions of the next loads rest on.
    void setClaimFilter(const ClaimFilter &filter) { m_filter = filter; }

Q_SIGNALS:
    void started();
    void progress(int done, int total);
    void loaded(DocumentModelPtr document);
    void cancelled();

private:
    void start(const CorpusOptions &options);
    void finish();

    QFutureWatcher<DocumentModelPtr> m_watcher;
    CorpusOptions m_options;
    CorpusOptions m_shownOptions;
    ClaimFilter m_filter;
    std::optional<CorpusOptions> m_pending;
    bool m_cancelRequested = false;
    bool m_busy = false; // from start() until its result (or its cancel) is handed back
};
