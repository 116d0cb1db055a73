// ui/charts: tells which mark of a drawn chart the pointer is over or has clicked — a bar
// segment, a dot, a point of the timeline, a slice — as the (series, index) of the chart data
// it was drawn from. ChartFactory registers the marks as it draws them.
#pragma once

#include <QObject>
#include <QVector>

class QAbstractBarSeries;
class QPieSlice;
class QScatterSeries;

class ChartMarkSignals : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Bar set k of `bars` draws data series k; its bar at position p draws value
    // rowOfPosition[p] (ChartRows::rowsByPosition).
    void watchBars(QAbstractBarSeries *bars, const QVector<int> &rowOfPosition);
    // Point k of `points` draws value indexOfPoint[k] of data series `series`.
    void watchPoints(QScatterSeries *points, int series, const QVector<int> &indexOfPoint);
    void watchSlice(QPieSlice *slice, int series);

Q_SIGNALS:
    void clicked(int series, int index);
    void hovered(int series, int index, bool entered);
};
