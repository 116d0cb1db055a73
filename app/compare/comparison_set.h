// Comparison stage: reads a set of countries to compare ("BLR,KAZ") and checks it against the
// model — known country codes, each once, two to four of them.
#pragma once

#include "model/document_model.h"

struct ComparisonSetResult {
    QStringList countries; // ISO3, upper case, in the order given
    QString error;         // one line; empty when the set is good
};

namespace ComparisonSet {

// Splits "blr, KAZ" into upper-case codes; empty parts are skipped.
QStringList split(const QString &text);

// The error for `countries`, or an empty string when they can be compared.
QString check(const QStringList &countries, const DocumentModel &model);

ComparisonSetResult parse(const QString &text, const DocumentModel &model);

// The countries worth offering for a comparison: those the articles give positions for or
// mention, in the gazetteer's order.
QStringList candidates(const DocumentModel &model);

} // namespace ComparisonSet
