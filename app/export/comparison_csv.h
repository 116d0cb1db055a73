// Export stage for comparisons: a comparison as CSV (RFC 4180, UTF-8) — a row per dimension,
// and for each country its value, how many sources give it, whether they disagree, and the
// quotes behind it with their articles and offsets.
#pragma once

#include "compare/comparison.h"

namespace ComparisonCsv {

QByteArray toCsv(const Comparison &comparison, const DocumentModel &model);

// Writes atomically; path "-" writes to standard output.
bool write(const Comparison &comparison, const DocumentModel &model, const QString &path,
           QString *error);

// One CSV field: quoted when it holds a comma, a quote or a line break; quotes doubled.
QString field(const QString &text);

} // namespace ComparisonCsv
