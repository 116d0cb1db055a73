// Export stage for comparisons: a comparison as CSV (RFC 4180, UTF-8) — a row per dimension,
// whether the countries differ, and for each country its value, how many sources speak to it
// and how many give the value, their agreement, the date of the newest evidence with its
// basis (statement or article), and the quotes with articles and offsets.
#pragma once

#include "app/compare/comparison.h"

namespace ComparisonCsv {

QByteArray toCsv(const Comparison &comparison, const DocumentModel &model);

// Writes atomically, with a UTF-8 byte order mark; path "-" writes to standard output, without.
bool write(const Comparison &comparison, const DocumentModel &model, const QString &path,
           QString *error);

// One CSV field: quoted when it holds a comma, a quote or a line break; quotes doubled.
QString field(const QString &text);

} // namespace ComparisonCsv
