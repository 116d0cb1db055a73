#include "app/model/document_loader.h"

#include "app/model/document_model_builder.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace {

// Loading never throws past this boundary: a failure becomes a problem in an empty model.
DocumentModelPtr buildSafely(const CorpusOptions &options, const LoadMonitor &monitor,
                             const ClaimFilter &filter)
{
    auto failed = [](const QString &why) {
        auto model = std::make_shared<DocumentModel>();
        model->problems.append(
            {QStringLiteral("corpus"), 0, QStringLiteral("loading failed: %1").arg(why)});
        return model;
    };
    try {
        return DocumentModelBuilder::build(options, monitor, filter);
    } catch (const std::exception &e) {
        return failed(QString::fromLocal8Bit(e.what()));
    } catch (...) {
        return failed(QStringLiteral("an unknown error"));
    }
}

void buildInto(QPromise<DocumentModelPtr> &promise, const CorpusOptions &options,
               const ClaimFilter &filter)
{
    int range = -1;
    LoadMonitor monitor;
    monitor.progress = [&](int done, int total) {
        if (total != range) {
            range = total;
            promise.setProgressRange(0, total);
        }
        promise.setProgressValue(done);
    };
    monitor.cancelled = [&] { return promise.isCanceled(); };
    if (DocumentModelPtr model = buildSafely(options, monitor, filter))
        promise.addResult(std::move(model));
}

} // namespace

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<DocumentModelPtr>::finished, this, &DocumentLoader::finish);
    connect(&m_watcher, &QFutureWatcher<DocumentModelPtr>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
}

DocumentLoader::~DocumentLoader()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void DocumentLoader::load(const CorpusOptions &options)
{
    m_options = options;
    if (m_busy) {
        // Never blocks the UI thread: the running load is stopped and the newest request wins.
        m_pending = options;
        m_watcher.cancel();
        return;
    }
    start(options);
}

void DocumentLoader::cancel()
{
    if (!m_busy)
        return;
    m_pending.reset();
    m_cancelRequested = true;
    m_watcher.cancel();
}

void DocumentLoader::start(const CorpusOptions &options)
{
    m_cancelRequested = false;
    m_busy = true;
    Q_EMIT started();
    m_watcher.setFuture(QtConcurrent::run(buildInto, options, m_filter));
}

void DocumentLoader::finish()
{
    if (m_pending) {
        // A newer request came in while this one ran: its result is already stale.
        const CorpusOptions next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    m_busy = false;
    const QFuture<DocumentModelPtr> future = m_watcher.future();
    // A cancel asked for before the result arrived wins even if the build had just finished.
    if (m_cancelRequested || future.isCanceled() || future.resultCount() == 0) {
        m_cancelRequested = false;
        m_options = m_shownOptions;
        Q_EMIT cancelled();
        return;
    }
    m_shownOptions = m_options;
    Q_EMIT loaded(future.result());
}
