// Comparison stage: two to four countries side by side — a row per dimension that any of them
// has a position on, a cell per country, and whether the countries differ, agree or cannot be
// told apart on the row.
#pragma once

#include "app/model/document_model.h"

struct ComparisonRow {
    QString dimension;
    QVector<const Position *> cells; // one per country; nullptr where no source speaks

    enum class Status {
        Differ,     // two countries have different values (the value shown, majority or agreed)
        Agree,      // every country has the same value, undisputed
        Incomplete, // neither: the values known agree, but a country has none or a disputed one
    };
    Status status() const;
};

// How many rows of a comparison differ, agree and are incomplete.
struct ComparisonCounts {
    int differ = 0;
    int agree = 0;
    int incomplete = 0;
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

    ComparisonCounts counts() const;
};
