#include "ui/charts/chart_file_export.h"

#include "app/export/chart_sources_json.h"
#include "ui/charts/chart_build_pool.h"
#include "ui/charts/chart_exporter.h"

#include <QFile>
#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

namespace ChartFileExport {

namespace {

// The second half, once the sidecar is written: the image is drawn here, on the UI thread; a PNG
// or JPEG is encoded and written on a chart builder thread (encoding takes most of its time).
void writeImage(QObject *context, const ChartData &chart, const DocumentModelPtr &document,
                const QString &path, const ChartExportOptions &options,
                const std::function<void(const QString &error)> &done)
{
    const QString sidecar = ChartSourcesJson::pathFor(path);
    const auto fail = [path, sidecar, options](const QString &error) {
        if (!error.isEmpty() && options.withSources)
            QFile::remove(sidecar); // no sidecar without its image
        return error;
    };
    if (!ChartExporter::isRaster(options.format)) {
        ChartExportOptions imageOnly = options;
        imageOnly.withSources = false;
        QString error;
        ChartExporter::writeChart(chart, *document, path, imageOnly, &error);
        done(fail(error));
        return;
    }
    const QImage image = ChartExporter::render(chart, *document, options);
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, fail, done] {
        watcher->deleteLater();
        done(fail(watcher->result()));
    });
    watcher->setFuture(QtConcurrent::run(ChartBuildPool::instance(), [image, path, options] {
        QString error;
        ChartExporter::writeImage(image, path, options, &error);
        return error;
    }));
}

} // namespace

void start(QObject *context, const ChartData &chart, DocumentModelPtr document, const QString &path,
           const ChartExportOptions &options, std::function<void(const QString &error)> done,
           std::shared_ptr<const std::atomic<bool>> stop)
{
    // The sidecar written on a worker thread goes with its image: when the export ends before
    // the image (its context gone, or stopped), whichever side comes last removes it.
    struct Sidecar {
        QString path;
        QMutex mutex;
        bool written = false;   // by the worker
        bool abandoned = false; // no image will follow
        bool handedOn = false;  // the image's step took it over
        void abandon()
        {
            const QMutexLocker lock(&mutex);
            abandoned = true;
            if (written)
                QFile::remove(path);
        }
    };
    auto sidecar = std::make_shared<Sidecar>();
    sidecar->path = ChartSourcesJson::pathFor(path);
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QObject::destroyed, [sidecar] {
        if (!sidecar->handedOn)
            sidecar->abandon();
    });
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context,
        [context, watcher, chart, document, path, options, sidecar, stop, done = std::move(done)] {
            watcher->deleteLater();
            if (stop && stop->load())
                return; // stopped: the sidecar goes with the watcher
            sidecar->handedOn = true;
            if (const QString error = watcher->result(); !error.isEmpty()) {
                done(error + QStringLiteral("; no chart written"));
                return;
            }
            writeImage(context, chart, document, path, options, done);
        });
    watcher->setFuture(
        QtConcurrent::run(ChartBuildPool::instance(), [chart, document, sidecar, options] {
            QString error;
            if (options.withSources &&
                ChartSourcesJson::write(chart, *document, sidecar->path, &error)) {
                const QMutexLocker lock(&sidecar->mutex);
                if (sidecar->abandoned)
                    QFile::remove(sidecar->path);
                else
                    sidecar->written = true;
            }
            return error;
        }));
}

} // namespace ChartFileExport
