// Chart data stage: plain series data for a chart, built from the document model by the
// builders in this folder and drawn by ui/charts. Every mark keeps the evidence behind it.
// The data says what a mark means and keeps its rows in reading order (the first on top, or
// at the left); ui/charts decides colours, signs and the order Qt draws in.
#pragma once

#include "app/evidence/coverage.h"
#include "app/evidence/evidence_ref.h"

#include <QDate>
#include <QFlags>
#include <QStringList>
#include <QVector>

// What a series stands for, from which ui/ takes its colour: a value of the stance, a type of
// event, a vote, a dispute between the sources, a level of coverage, the n-th article of the
// chart, or a country (whose colour is its own, the same in every chart).
struct SeriesMeaning {
    enum class Kind { StanceValue, EventType, Vote, Disputed, Coverage, Article, Country };
    Kind kind = Kind::Country;
    // StanceValue, EventType, Vote: the id ("balancing", "meeting", "abstain"); Country: ISO3
    QString value;
    DimensionCoverage::Level coverage = DimensionCoverage::Level::None; // Coverage
    // Article: its place among the chart's articles; Country: its colour's place on the country
    // palette, from the gazetteer (-1: none given, one is taken from its ISO3)
    int ordinal = 0;

    static SeriesMeaning stanceValue(const QString &id) { return make(Kind::StanceValue, id); }
    static SeriesMeaning eventType(const QString &type) { return make(Kind::EventType, type); }
    static SeriesMeaning vote(const QString &id) { return make(Kind::Vote, id); }
    static SeriesMeaning disputed() { return make(Kind::Disputed); }
    static SeriesMeaning ofCoverage(DimensionCoverage::Level level)
    {
        SeriesMeaning meaning = make(Kind::Coverage);
        meaning.coverage = level;
        return meaning;
    }
    static SeriesMeaning article(int n) { return make(Kind::Article, {}, n); }
    static SeriesMeaning country(const QString &iso, int colour)
    {
        return make(Kind::Country, iso, colour);
    }
    bool operator==(const SeriesMeaning &) const = default;

private:
    static SeriesMeaning make(Kind kind, const QString &value = {}, int ordinal = 0)
    {
        SeriesMeaning meaning;
        meaning.kind = kind;
        meaning.value = value;
        meaning.ordinal = ordinal;
        return meaning;
    }
};

// What a row says beyond its label, for ui/ to mark: the sources disagree on a value in it, or
// it rests on thin evidence.
enum class CategoryMark { Disputed = 0x1, ThinEvidence = 0x2 };
Q_DECLARE_FLAGS(CategoryMarks, CategoryMark)
Q_DECLARE_OPERATORS_FOR_FLAGS(CategoryMarks)

struct ChartSeries {
    // A series with its legend name and meaning, its values still to come.
    static ChartSeries named(const QString &name, const SeriesMeaning &meaning,
                             const QVector<bool> &emphasised = {});

    QString name; // legend text
    SeriesMeaning meaning;
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
    // What the colour of the Disputed series means ("the sources disagree on the vote"): ui/
    // names the colour it draws that series in before it, below the subtitle.
    QString disputedNote;
    Kind kind = Kind::GroupedBars;
    // Bar kinds: one per row or group; timeline: the lanes (a point's value is its lane). In
    // reading order: the first row on top, the first group at the left.
    QStringList categories;
    QVector<CategoryMarks> categoryMarks; // by category; a category past its end has none
    QVector<ChartSeries> series;
    QString valueTitle;    // the value axis
    QString categoryTitle; // the category axis
    double valueMin = 0;
    double valueMax = 0;     // 0: from the data
    QStringList valueLabels; // Diverging: labels of the integer ticks, from valueMin
    QStringList articles;    // ids of the articles the chart was built from
    QStringList countries;   // ISO3: the countries it was built for or emphasises

    void addCategory(const QString &label, CategoryMarks marks = {});
    CategoryMarks marksOf(int category) const;
    bool isEmpty() const;
};
