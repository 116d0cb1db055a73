// Chart data stage: plain series data for a chart, built from the document model by the
// builders in this folder and drawn by ui/charts. Every mark keeps the evidence behind it.
#pragma once

#include "corpus/article.h"

#include <QDate>
#include <QStringList>
#include <QVector>

// A span behind a mark: a claim's quote or an event's sentence.
struct EvidenceRef {
    QString label; // what it says ("Abstained", "meeting")
    QString article;
    TextSpan span;
    QString text;
};

struct ChartSeries {
    QString name; // legend text
    QString
        colorKey; // "stance:balancing", "type:meeting", "vote:abstain", "article:2", "country:1"
    bool inLegend = true;
    QVector<double> values;                 // one per category (bar kinds, pie: one value)
    QVector<QDate> dates;                   // timeline: one per point, with values as lanes
    QVector<bool> emphasised;               // per value; empty: all emphasised
    QVector<QVector<EvidenceRef>> evidence; // per value
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

    bool isEmpty() const;
};
