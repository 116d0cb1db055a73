// ui/charts: writes one chart's image, with its sources sidecar when the options ask for it,
// without freezing the window: the sidecar (long to make and big for a big library's chart) is
// made and written on a chart builder thread, then the image is drawn on the UI thread, and a
// PNG or JPEG encoded and written on a builder thread again. As ChartExporter::writeChart: no
// image without its sidecar, and an image that cannot be written takes its new sidecar away.
#pragma once

#include "app/charts/chart_data.h"
#include "app/export/chart_export_options.h"
#include "app/model/document_model.h"

#include <atomic>
#include <functional>
#include <memory>

class QObject;

namespace ChartFileExport {

// `done` gets the error ("FILE: reason"), empty when written. It is not called once `context`
// is gone or `stop` is set before the image is drawn; then the new sidecar is removed again.
void start(QObject *context, const ChartData &chart, DocumentModelPtr document, const QString &path,
           const ChartExportOptions &options, std::function<void(const QString &error)> done,
           std::shared_ptr<const std::atomic<bool>> stop = {});

} // namespace ChartFileExport
