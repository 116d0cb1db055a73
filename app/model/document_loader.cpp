#include "document_loader.h"

#include "document_model_builder.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace {

// Loading never throws past this boundary: a failure becomes a problem in an empty model.
DocumentModelPtr buildSafely(const CorpusOptions &options)
{
    try {
        return DocumentModelBuilder::build(options);
    } catch (const std::exception &e) {
        auto model = std::make_shared<DocumentModel>();
        model->problems.append(
            {QStringLiteral("corpus"), 0,
             QStringLiteral("loading failed: %1").arg(QString::fromLocal8Bit(e.what()))});
        return model;
    }
}

} // namespace

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<DocumentModelPtr>::finished, this, [this] {
        if (m_pending) {
            // A newer request came in while this one ran: its result is already stale.
            const CorpusOptions next = *m_pending;
            m_pending.reset();
            start(next);
            return;
        }
        Q_EMIT loaded(m_watcher.result());
    });
}

DocumentLoader::~DocumentLoader()
{
    m_watcher.waitForFinished();
}

void DocumentLoader::load(const CorpusOptions &options)
{
    m_options = options;
    if (m_watcher.isRunning()) {
        m_pending = options; // never blocks the UI thread; the newest request wins
        return;
    }
    start(options);
}

void DocumentLoader::start(const CorpusOptions &options)
{
    Q_EMIT started();
    m_watcher.setFuture(QtConcurrent::run([options] { return buildSafely(options); }));
}
