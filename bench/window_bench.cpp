// Benchmark of the real window on a big corpus: opens MainWindow on the folder given (else the
// built-in corpus), then drives it as a user would — switching country, tabs and charts,
// comparing four countries, exporting a chart — and times each step until the window is
// painted. A 1 ms timer watches the event loop throughout: the longest gap between its
// ticks is the longest time the window could not answer. Prints one line per figure:
//   pe-window-bench [CORPUS_DIR]      (QT_QPA_PLATFORM=offscreen where there is no display)
//   PE_BENCH_SCREENSHOTS=DIR pe-window-bench ...   also saves screenshots to DIR (see shoot())
// Then, in a source viewer of its own, an article of one 2.3 MB line is opened and read.
#include "app/charts/chart_catalog.h"
#include "app/model/document_model_builder.h"
#include "ui/charts/chart_batch_export.h"
#include "ui/charts/chart_card.h"
#include "ui/charts/chart_exporter.h"
#include "ui/charts/charts_pane.h"
#include "ui/main_window.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/search_pane.h"
#include "ui/panes/source_viewer.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QListWidget>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

// The longest gap between two ticks of a 1 ms timer: how long the event loop was kept busy.
class StallWatch {
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 takeLongest()
    {
        const qint64 longest = std::max(m_longest, m_sinceTick.elapsed());
        m_longest = 0;
        m_sinceTick.restart();
        return longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

// PE_BENCH_SCREENSHOTS=DIR: how the window looks with a big library, to look at — the timeline,
// Export All's progress dialog and the search pane while its index is made. (Grabbing takes
// time: a run that takes screenshots is no run to read figures from.)
const QString screenshotDir = qEnvironmentVariable("PE_BENCH_SCREENSHOTS");
const bool screenshots = !screenshotDir.isEmpty();

// The window with the dialogs shown over it, drawn where they stand, to DIR/NAME.png.
void shoot(QWidget &window, const QString &name)
{
    QPixmap shot = window.grab();
    QPainter painter(&shot);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != &window && top->isVisible() && top->isWindow() && top->parentWidget())
            painter.drawPixmap(top->geometry().topLeft() - window.geometry().topLeft(),
                               top->grab());
    }
    painter.end();
    shot.save(QDir(screenshotDir).filePath(name + QStringLiteral(".png")));
}

// Lets the window run for `ms` milliseconds.
void settle(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Milliseconds from the step until the window has handled its events and painted.
template <typename Step> double timed(MainWindow &window, Step step)
{
    QElapsedTimer clock;
    clock.start();
    step();
    QCoreApplication::processEvents();
    window.repaint();
    return clock.nsecsElapsed() / 1e6;
}

struct Figures {
    QVector<double> values;
    double median() const
    {
        QVector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
    }
    double worst() const
    {
        return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
    }
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void print(const QString &figure, double ms)
{
    out() << figure << '\t' << QString::number(ms, 'f', 1) << Qt::endl;
}

// An article of one 2.3 MB line with 60,000 mentions of a country (a page saved without its
// paragraphs), opened in a source viewer of its own with the country selected, then read: 200
// pages, then its end. Each step timed until painted, and the longest stall.
void readOneLongLine(StallWatch &stalls)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("one-long-line.txt")));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QByteArray("Kazakhstan abstained on 2 March 2022. ").repeated(60000));
    file.close();
    const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions(false, {dir.path()}));
    SourceViewer viewer;
    viewer.resize(500, 700);
    viewer.show();
    QCoreApplication::processEvents();
    stalls.takeLongest(); // (the model was built on this thread: no window's work)
    const auto timedStep = [&viewer](auto step) {
        QElapsedTimer clock;
        clock.start();
        step();
        QCoreApplication::processEvents();
        viewer.repaint();
        return clock.nsecsElapsed() / 1e6;
    };
    print(QStringLiteral("open an article of one 2.3 MB line, 60,000 mentions"), timedStep([&] {
              viewer.setDocument(model);
              viewer.setCountry(QStringLiteral("KAZ"));
          }));
    QScrollBar *bar = viewer.textView()->verticalScrollBar();
    Figures pages;
    while (bar->value() < bar->maximum() && pages.values.size() < 200)
        pages.values.append(
            timedStep([bar] { bar->triggerAction(QScrollBar::SliderPageStepAdd); }));
    pages.values.append(timedStep([bar] { bar->triggerAction(QScrollBar::SliderToMaximum); }));
    print(QStringLiteral("read it a page at a time, then its end, worst"), pages.worst());
    print(QStringLiteral("longest stall while reading it"), double(stalls.takeLongest()));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    CorpusOptions corpus;
    if (argc > 1)
        corpus = CorpusOptions(false, {QString::fromLocal8Bit(argv[1])});
    corpus.library = dir.filePath(QStringLiteral("library.sqlite"));
    StallWatch stalls;

    QElapsedTimer clock;
    clock.start();
    MainWindow window(corpus, &settings);
    window.resize(1280, 800);
    QEventLoop waitForLoad;
    QObject::connect(&window, &MainWindow::documentLoaded, &waitForLoad, &QEventLoop::quit);
    window.show();
    waitForLoad.exec();
    window.repaint();
    print(QStringLiteral("load until painted"), double(clock.elapsed()));
    print(QStringLiteral("longest stall while loading"), double(stalls.takeLongest()));

    // The longest stall of each part of the drive, and of them all.
    double longestAfterLoading = 0;
    const auto stallOf = [&](const QString &part) {
        const double stall = double(stalls.takeLongest());
        longestAfterLoading = std::max(longestAfterLoading, stall);
        print(QStringLiteral("longest stall while %1").arg(part), stall);
    };
    const DocumentModelPtr model = window.document();
    QStringList countries;
    for (const Entity *e : model->countries())
        countries.append(e->id);
    QTabWidget *tabs = window.tabs();
    Figures switching;
    Figures tabTimes;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        // A tab shown after the country changed behind it catches up then: that is timed too.
        tabTimes.values.append(timed(window, [&] { tabs->setCurrentIndex(tab); }));
        print(QStringLiteral("open the tab \"%1\" after a switch").arg(tabs->tabText(tab)),
              tabTimes.values.last());
        Figures here;
        for (const QString &iso : countries)
            here.values.append(timed(window, [&] { window.countryList()->selectCountry(iso); }));
        print(QStringLiteral("switch country, tab \"%1\", median").arg(tabs->tabText(tab)),
              here.median());
        print(QStringLiteral("switch country, tab \"%1\", worst").arg(tabs->tabText(tab)),
              here.worst());
        switching.values += here.values;
    }
    stallOf(QStringLiteral("switching"));
    print(QStringLiteral("switch country, every tab, median"), switching.median());
    print(QStringLiteral("switch country, every tab, worst"), switching.worst());

    for (int tab = 0; tab < tabs->count(); ++tab)
        tabTimes.values.append(timed(window, [&] { tabs->setCurrentIndex(tab); }));
    print(QStringLiteral("open a tab, worst"), tabTimes.worst());
    stallOf(QStringLiteral("opening tabs"));

    for (int tab = 0; tab < tabs->count(); ++tab) { // charts are drawn where they are seen
        if (tabs->tabText(tab).remove(QLatin1Char('&')) == QLatin1String("Charts"))
            tabs->setCurrentIndex(tab);
    }
    // A big library's chart is built on a worker thread: the window is busy for the first
    // figure only; the second is the time until the chart is drawn.
    Figures charts;
    Figures drawn;
    for (const ChartInfo &info : ChartCatalog::all()) {
        QElapsedTimer untilDrawn;
        untilDrawn.start();
        charts.values.append(timed(window, [&] { window.charts()->setChart(info.id); }));
        print(QStringLiteral("open the chart %1").arg(info.id), charts.values.last());
        while (window.charts()->card()->isBuilding())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        window.repaint();
        drawn.values.append(untilDrawn.nsecsElapsed() / 1e6);
        print(QStringLiteral("chart %1 drawn after").arg(info.id), drawn.values.last());
    }
    stallOf(QStringLiteral("charting"));
    print(QStringLiteral("open a chart, worst"), charts.worst());
    print(QStringLiteral("chart drawn after, worst"), drawn.worst());
    if (screenshots) {
        window.charts()->setChart(QStringLiteral("timeline"));
        QCoreApplication::processEvents();
        shoot(window, QStringLiteral("timeline"));
    }

    window.countryList()->selectCountry(countries.value(0));
    window.countryList()->addToSelection(countries.mid(1, 3));
    print(QStringLiteral("compare four countries"),
          timed(window, [&] { window.compareSelected(); }));
    stallOf(QStringLiteral("comparing"));

    // The export dialog draws the card's data, built already: the timeline of the countries
    // selected, shown on the Charts tab and built (on a worker thread) before the clock starts.
    tabs->setCurrentWidget(window.charts());
    window.charts()->setChart(QStringLiteral("timeline"));
    while (window.charts()->card()->isBuilding())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    stalls.takeLongest(); // showing the tab was timed above
    for (const char *format : {"png", "svg"}) {
        ChartExportOptions options;
        ChartExportOptions::parseFormat(QLatin1String(format), &options.format);
        options.size = QSize(1920, 1080);
        QString error;
        clock.restart();
        ChartExporter::writeChart(window.charts()->data(), *model,
                                  dir.filePath(QStringLiteral("chart.") + QLatin1String(format)),
                                  options, &error);
        print(QStringLiteral("export the timeline 1920x1080 %1").arg(QLatin1String(format)),
              double(clock.elapsed()));
    }
    stalls.takeLongest(); // those two were timed in one go, as a script's export runs
    {
        // As the dialog does: with its sources sidecar, made on a worker thread, and the image
        // encoded there too; what the window waits for is the drawing.
        ChartExportOptions options;
        options.size = QSize(1920, 1080);
        options.withSources = true;
        QEventLoop waitForExport;
        QObject::connect(window.charts()->card(), &ChartCard::exported, &waitForExport,
                         &QEventLoop::quit);
        clock.restart();
        window.charts()->card()->exportTo(dir.filePath(QStringLiteral("sourced.png")), options);
        waitForExport.exec();
        print(QStringLiteral("export the timeline 1920x1080 png with its sources"),
              double(clock.elapsed()));
    }
    stallOf(QStringLiteral("exporting a chart (as the dialog does)"));
    // Charts → Export All: each chart's data built on a worker thread, then drawn and written.
    QTemporaryDir all;
    clock.restart();
    ChartBatchExport *batch = window.charts()->startExportAll(all.path());
    bool exportedAll = false;
    QEventLoop waitForExport;
    QObject::connect(batch, &ChartBatchExport::finished, &waitForExport, [&] {
        exportedAll = true;
        waitForExport.quit();
    });
    if (screenshots) { // the progress dialog, once it is shown
        settle(1500);
        shoot(window, QStringLiteral("export-all"));
    }
    if (!exportedAll)
        waitForExport.exec();
    print(QStringLiteral("export all charts"), double(clock.elapsed()));
    stallOf(QStringLiteral("exporting all charts"));
    // The first search of a snapshot: a big library's index is made on a worker thread.
    clock.restart();
    if (screenshots) { // the search pane shown, the export's closing message read
        window.searchDock()->show();
        window.searchDock()->raise();
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (top != &window && top->isVisible())
                top->close();
        }
    }
    window.search()->search(QStringLiteral("Russia"));
    if (screenshots) { // the search pane while the index is made
        settle(300);
        shoot(window, QStringLiteral("search-index"));
    }
    while (window.search()->hits()->count() == 0 &&
           window.search()->message().startsWith(QStringLiteral("Making")) &&
           clock.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    print(QStringLiteral("first search, until its hits are listed"), double(clock.elapsed()));
    stallOf(QStringLiteral("searching"));
    print(QStringLiteral("longest stall after loading"), longestAfterLoading);
    readOneLongLine(stalls);
    return 0;
}
