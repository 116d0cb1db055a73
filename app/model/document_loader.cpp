#include "document_loader.h"

#include "document_model_builder.h"

#include <QtConcurrent/QtConcurrentRun>

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<DocumentModelPtr>::finished, this, [this] {
        if (!m_watcher.isCanceled())
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
    m_watcher.waitForFinished(); // builds are short; never two at once
    Q_EMIT started();
    m_watcher.setFuture(
        QtConcurrent::run([options] { return DocumentModelBuilder::build(options); }));
}
