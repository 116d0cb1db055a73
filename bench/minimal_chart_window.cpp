// Benchmark baseline: the least a Qt Charts window costs — a QChartView with one line series,
// shown and painted once; prints the milliseconds since main() began and quits. The paint is
// awaited as position-explorer --benchmark-startup awaits its own (FirstPaint, a header of Qt
// Widgets alone). scripts/bench.sh compares the two (time and peak memory).
#include "ui/first_paint.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QTextStream>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    auto *series = new QLineSeries;
    series->append({{0, 1}, {1, 3}, {2, 2}, {3, 4}});
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->createDefaultAxes();
    QChartView view(chart);
    view.resize(1280, 800);
    view.show();
    FirstPaint::after(&view, [&] {
        QTextStream(stdout) << sinceStart.elapsed() << Qt::endl;
        QCoreApplication::quit();
    });
    return app.exec();
}
