// Comparison stage: two to four countries side by side — a row per dimension that any of them
// has a position on, a cell per country, and whether the countries differ on the row.
#pragma once

#include "model/document_model.h"

struct ComparisonRow {
    QString dimension;
    QVector<const Position *> cells; // one per country; nullptr where no source speaks

    // Two countries have different values (the value shown, majority or agreed).
    bool differs() const;
    // Every country has a position, none disputed, all with the same value.
    bool allAgree() const;
};

class Comparison {
public:
    static constexpr int MinCountries = 2;
    static constexpr int MaxCountries = 4;

    // `countries` as ISO3 in the order they are shown. The positions point into `model`, which
    // must outlive the comparison.
    static Comparison build(const DocumentModel &model, const QStringList &countries);

    QStringList countries;
    QVector<ComparisonRow> rows; // in the order of Dimensions::all()
};
