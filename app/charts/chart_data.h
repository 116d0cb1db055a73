// Chart data stage: plain series data for a chart, built from the document model by the
// builders in this folder and drawn by ui/charts. Every mark keeps the evidence behind it.
#pragma once

#include "app/evidence/evidence_ref.h"

#include <QDate>
#include <QStringList>
#include <QVector>

struct ChartSeries {
    // A series with its legend name and colour, its values still to come.
    static ChartSeries named(const QString &name, const QString &colorKey,
                             const QVector<bool> &emphasised = {});

    QString name; // legend text
    QString
        colorKey; // "stance:balancing", "type:meeting", "vote:abstain", "article:2", "country:1"
    bool inLegend = true;
    QVector<double> values;                 // one per category (bar kinds, pie: one value)
    QVector<QDate> dates;                   // timeline: one per point, with values as lanes
    QVector<bool> emphasised;               // per value; empty: all emphasised
    QVector<QVector<EvidenceRef>> evidence; // per value
    QString detail;    // what the series stands for beyond its legend name ("2 March vote")
    QStringList notes; // per value, optional: what the mark covers that no quote shows
};

struct ChartData {
    enum class Kind {
        Diverging,   // horizontal bars from 0, one category per row (stance-overview)
        Dots,        // a row per category, a dot per series at its score (comparison)
        StackedBars, // horizontal stacked bars (unga-votes, mentions-by-article)
        GroupedBars, // vertical bars side by side (events-per-month, comparison)
        Pie,         // one slice per series (event-types)
        Timeline,    // dated points in lanes (timeline)
    };
    QString id;
    QString title;
    QString subtitle;
    Kind kind = Kind::GroupedBars;
    QStringList categories; // bar kinds: one per row/group; timeline: lane labels
    QVector<ChartSeries> series;
    QString valueTitle;    // the value axis
    QString categoryTitle; // the category axis
    double valueMin = 0;
    double valueMax = 0;     // 0: from the data
    QStringList valueLabels; // Diverging: labels of the integer ticks, from valueMin
    QStringList articles;    // ids of the articles the chart was built from
    QStringList countries;   // ISO3: the countries it was built for or emphasises

    bool isEmpty() const;
};
