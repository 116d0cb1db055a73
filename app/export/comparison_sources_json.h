// Export stage: the sources sidecar of an exported comparison (FILE.csv.sources.json beside
// FILE.csv) — the countries, the corpus, and for each cell its value, the date of its newest
// evidence and every claim behind it with its exact text and offsets.
#pragma once

#include "app/compare/comparison.h"

#include <QJsonObject>

namespace ComparisonSourcesJson {

QJsonObject toJson(const Comparison &comparison, const DocumentModel &model);
// Writes the sidecar atomically. False and *error ("FILE: reason") on failure.
bool write(const Comparison &comparison, const DocumentModel &model, const QString &path,
           QString *error);
// The comparison's CSV at `csvPath` and its sidecar beside it, both or neither: when the
// sidecar cannot be written, the CSV just written is taken away again.
bool writeCsvWithSources(const Comparison &comparison, const DocumentModel &model,
                         const QString &csvPath, QString *error);

} // namespace ComparisonSourcesJson
