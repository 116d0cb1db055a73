// Export stage: the sources sidecar of an exported chart (FILE.sources.json beside FILE) —
// the chart, its countries, the corpus (every article with its metadata and the SHA-256 of
// its text) and, for each mark, the claims, events or mentions behind it with their exact
// text and offsets, so a reader of the image can check every mark against the articles.
#pragma once

#include "app/charts/chart_data.h"
#include "app/model/document_model.h"

#include <QJsonObject>

namespace ChartSourcesJson {

// "out/stance.png" → "out/stance.png.sources.json"
QString pathFor(const QString &chartPath);
QJsonObject toJson(const ChartData &data, const DocumentModel &model);
// Writes the sidecar atomically. False and *error ("FILE: reason") on failure.
bool write(const ChartData &data, const DocumentModel &model, const QString &path, QString *error);

} // namespace ChartSourcesJson
