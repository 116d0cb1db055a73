#include "ui/charts/chart_batch_export.h"

#include "app/charts/chart_build_cancel.h"
#include "app/charts/chart_catalog.h"
#include "ui/charts/chart_build_pool.h"
#include "ui/charts/chart_file_export.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

ChartBatchExport::ChartBatchExport(DocumentModelPtr document, const QStringList &countries,
                                   const QString &folder, const ChartExportOptions &options,
                                   QObject *parent)
    : QObject(parent)
    , m_document(std::move(document))
    , m_countries(countries)
    , m_folder(folder)
    , m_options(options)
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{}

ChartBatchExport::~ChartBatchExport()
{
    m_stop->store(true); // a build still running for it stops and is thrown away
}

QString ChartBatchExport::pathFor(const QString &folder, const QString &id,
                                  const ChartExportOptions &options)
{
    return QDir(folder).filePath(id + QLatin1Char('.') +
                                 ChartExportOptions::suffix(options.format));
}

int ChartBatchExport::total() const
{
    return int(ChartCatalog::all().size());
}

void ChartBatchExport::start()
{
    if (!m_document) { // said on the next turn of the event loop, as every other end is
        QMetaObject::invokeMethod(
            this, [this] { finish(tr("No corpus is loaded")); }, Qt::QueuedConnection);
        return;
    }
    buildNext();
}

void ChartBatchExport::cancel()
{
    if (m_done)
        return;
    m_stop->store(true);
    m_done = true;
    Q_EMIT finished(m_written, QString(), true);
}

void ChartBatchExport::buildNext()
{
    if (m_done)
        return;
    if (m_next >= total()) {
        finish(QString());
        return;
    }
    const ChartInfo info = ChartCatalog::all().at(m_next);
    Q_EMIT progressed(m_next, total(), info.title);
    auto *watcher = new QFutureWatcher<ChartData>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id = info.id] {
        watcher->deleteLater();
        if (m_done)
            return;
        const QString path = pathFor(m_folder, id, m_options);
        ChartFileExport::start(
            this, watcher->result(), m_document, path, m_options,
            [this, path](const QString &error) {
                if (m_done)
                    return;
                if (!error.isEmpty()) {
                    finish(error);
                    return;
                }
                m_written.append(path);
                ++m_next;
                buildNext();
            },
            m_stop);
    });
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    watcher->setFuture(
        QtConcurrent::run(ChartBuildPool::instance(), [document = m_document, id = info.id,
                                                       countries = m_countries, stop] {
            const ChartBuildCancel::Scope scope(stop.get());
            return ChartCatalog::build(id, *document, countries).value_or(ChartData{});
        }));
}

void ChartBatchExport::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(m_written, error, false);
}
