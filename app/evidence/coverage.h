// Evidence stage: how much of the corpus supports what the app shows for a country — the
// articles, claims and events behind it, and per dimension the sources behind the position.
// A dimension resting on a single source or on none is thin evidence.
#pragma once

#include "app/model/document_model.h"

struct DimensionCoverage {
    QString dimension;
    QString label;   // the dimension's name
    int sources = 0; // articles with a claim on it
    int claims = 0;

    enum class Level { None, Single, Several };
    Level level() const;
    bool isThin() const { return level() != Level::Several; }
};

struct CountryCoverage {
    QString country;
    int articles = 0; // articles behind a claim or an event
    int mentioningArticles = 0;
    int claims = 0;
    int events = 0;
    QVector<DimensionCoverage> dimensions; // every codebook dimension, in codebook order

    static CountryCoverage of(const DocumentModel &model, const QString &iso);

    const DimensionCoverage *dimension(const QString &id) const;
    QStringList dimensionsAt(DimensionCoverage::Level level) const; // ids
    int thinCount() const; // of every codebook dimension, those without a source included
    // The dimensions a source speaks to (those the positions pane lists), and of them, those
    // resting on a single source.
    int coveredCount() const;
    int singleSourceCount() const;
    // The country as a whole is thin: no dimension rests on two sources or more.
    bool isThin() const;
    // "3 articles · 14 claims · 6 events"
    QString countsText() const;
    // "thin evidence on 4 of 9 dimensions: …", or empty when no dimension is thin.
    QString thinText() const;
};
