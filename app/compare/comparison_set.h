// Comparison stage: reads a set of countries to compare ("BLR,KAZ") and checks it against the
// model — known country codes, each once, two to four of them.
#pragma once

#include "app/model/document_model.h"

namespace ComparisonSet {

// Splits "blr, KAZ" into upper-case codes; empty parts are skipped.
QStringList split(const QString &text);

// The error for `countries`, or an empty string when they can be compared.
QString check(const QStringList &countries, const DocumentModel &model);

// The countries worth offering for a comparison: those the articles give positions for or
// mention, in the gazetteer's order.
QStringList candidates(const DocumentModel &model);

} // namespace ComparisonSet
