// ui: the main window's panes behind the first tab (timeline, sources, charts, comparison),
// each made when its tab is first shown or the pane asked for, with what the window shows then:
// the corpus, the country, the countries selected, the chart shown last.
#include "ui/main_window.h"

#include "ui/charts/chart_card.h"
#include "ui/charts/chart_evidence_panel.h"
#include "ui/charts/charts_pane.h"
#include "ui/compare/comparison_view.h"
#include "ui/lazy_tabs.h"
#include "ui/library_controller.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/sources_pane.h"
#include "ui/panes/timeline_pane.h"

#include <QStatusBar>
#include <QTabWidget>

void MainWindow::addLazyTabs()
{
    m_lazyTabs = new LazyTabs(m_tabs);
    m_lazyTabs->addTab(tr("&Timeline"), [this] { return makeTimeline(); });
    m_lazyTabs->addTab(tr("&Sources"), [this] { return makeSources(); });
    m_lazyTabs->addTab(tr("&Charts"), [this] { return makeCharts(); });
    m_lazyTabs->addTab(tr("Co&mpare"), [this] { return makeComparison(); });
}

void MainWindow::makeEveryPane()
{
    m_lazyTabs->makeAll();
}

TimelinePane *MainWindow::timeline() const
{
    m_lazyTabs->page(TimelineTab);
    return m_timeline;
}

SourcesPane *MainWindow::sources() const
{
    m_lazyTabs->page(SourcesTab);
    return m_sources;
}

ChartsPane *MainWindow::charts() const
{
    m_lazyTabs->page(ChartsTab);
    return m_charts;
}

ComparisonView *MainWindow::comparison() const
{
    m_lazyTabs->page(CompareTab);
    return m_compare;
}

QWidget *MainWindow::makeTimeline()
{
    m_timeline = new TimelinePane(m_tabs);
    connect(m_timeline, &TimelinePane::spanRequested, this, &MainWindow::openSpan);
    connectEvidence(m_timeline->evidence());
    if (m_document) {
        m_timeline->setDocument(m_document);
        m_timeline->setCountry(m_shownCountry);
    }
    return m_timeline;
}

QWidget *MainWindow::makeSources()
{
    m_sources = new SourcesPane(m_tabs);
    connect(m_sources, &SourcesPane::spanRequested, this, &MainWindow::openSpan);
    connect(m_sources, &SourcesPane::editRequested, this, [this](const QString &id) {
        if (const Article *article = libraryArticle(id))
            m_library->editArticle(*article);
    });
    connect(m_sources, &SourcesPane::removeRequested, this, [this](const QString &id) {
        if (const Article *article = libraryArticle(id))
            m_library->removeArticle(*article);
    });
    if (m_document) {
        m_sources->setDocument(m_document);
        m_sources->setCountry(m_shownCountry);
    }
    return m_sources;
}

QWidget *MainWindow::makeCharts()
{
    m_charts = new ChartsPane(m_settings, m_tabs);
    connect(m_charts, &ChartsPane::spanRequested, this, &MainWindow::openSpan);
    connect(m_charts, &ChartsPane::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connectEvidence(m_charts->card()->evidencePanel()->evidence());
    m_charts->setChart(m_rememberedChart);
    if (m_document) {
        m_charts->setDocument(m_document);
        m_charts->setCountries(m_countries->selectedCountries());
    }
    return m_charts;
}

QWidget *MainWindow::makeComparison()
{
    m_compare = new ComparisonView(m_settings, m_tabs);
    connect(m_compare, &ComparisonView::spanRequested, this, &MainWindow::openSpan);
    connect(m_compare, &ComparisonView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    if (m_document)
        m_compare->setDocument(m_document);
    return m_compare;
}
