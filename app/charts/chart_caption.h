// Chart data stage: the caption every exported chart carries — the articles it was built from
// (publisher and title) and the export date — so a chart pasted into a report names its sources.
#pragma once

#include "app/charts/chart_data.h"
#include "app/model/document_model.h"

#include <QDate>

namespace ChartCaption {

QString text(const ChartData &chart, const DocumentModel &model, const QDate &exported);

// The short names of the articles a chart was built from, for a caption on screen.
QStringList shortNames(const ChartData &chart, const DocumentModel &model);

} // namespace ChartCaption
