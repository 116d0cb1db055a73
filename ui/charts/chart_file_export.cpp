#include "ui/charts/chart_file_export.h"

#include "app/export/chart_sources_json.h"
#include "ui/charts/chart_build_pool.h"
#include "ui/charts/chart_exporter.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ChartFileExport {

void start(QObject *context, const ChartData &chart, DocumentModelPtr document, const QString &path,
           const ChartExportOptions &options, std::function<void(const QString &error)> done)
{
    const QString sidecar = ChartSourcesJson::pathFor(path);
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context,
        [watcher, chart, document, path, sidecar, options, done = std::move(done)] {
            watcher->deleteLater();
            QString error = watcher->result();
            if (!error.isEmpty()) {
                done(error + QStringLiteral("; no chart written"));
                return;
            }
            ChartExportOptions imageOnly = options;
            imageOnly.withSources = false;
            if (!ChartExporter::writeChart(chart, *document, path, imageOnly, &error) &&
                options.withSources)
                QFile::remove(sidecar);
            done(error);
        });
    watcher->setFuture(
        QtConcurrent::run(ChartBuildPool::instance(), [chart, document, sidecar, options] {
            QString error;
            if (options.withSources)
                ChartSourcesJson::write(chart, *document, sidecar, &error);
            return error;
        }));
}

} // namespace ChartFileExport
