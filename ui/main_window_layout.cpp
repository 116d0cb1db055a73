// MainWindow's widgets, how they are laid out, and the window's size, place and state kept in
// the settings from one start to the next.
#include "ui/main_window.h"

#include "ui/charts/charts_pane.h"
#include "ui/panes/country_header.h"
#include "ui/panes/country_list_pane.h"
#include "ui/panes/load_progress.h"
#include "ui/panes/positions_pane.h"
#include "ui/panes/problems_pane.h"
#include "ui/panes/search_pane.h"
#include "ui/panes/source_viewer.h"
#include "ui/style/elided_label.h"
#include "ui/style/theme.h"

#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

void MainWindow::makePanes()
{
    m_countries = new CountryListPane(this);
    m_header = new CountryHeader(this);
    m_tabs = new QTabWidget(this);
    m_positions = new PositionsPane(this);
    m_tabs->addTab(m_positions, tr("&Positions"));
    addLazyTabs(); // their stand-ins hold the panes' places in the keyboard's order
    m_viewer = new SourceViewer(this);
    m_viewerDock = new QDockWidget(tr("Source"), this);
    m_problems = new ProblemsPane(this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_status = new ElidedLabel(this);
    m_progress = new LoadProgress(this); // (made in this order, the keyboard's in this order)
    m_search = new SearchPane(this);
    m_searchDock = new QDockWidget(tr("Search"), this);
}

void MainWindow::buildLayout()
{
    m_tabs->setTabToolTip(CompareTab, tr("Two to four countries side by side (Ctrl+K)"));
    m_tabs->setDocumentMode(true);

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    m_splitter->addWidget(m_countries);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 700});
    m_splitter->setChildrenCollapsible(false);
    m_countries->setMinimumWidth(240);
    setCentralWidget(m_splitter);

    m_viewerDock->setObjectName(QStringLiteral("sourceDock"));
    m_viewerDock->setWidget(m_viewer);
    m_viewerDock->setMinimumWidth(260);
    addDockWidget(Qt::RightDockWidgetArea, m_viewerDock);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    m_searchDock->setObjectName(QStringLiteral("searchDock"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    tabifyDockWidget(m_viewerDock, m_searchDock);
    m_searchDock->hide();

    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::fitScreen()
{
    // 1280×800 where there is room, never more than the screen leaves free.
    // The frame is not known before the window is first shown: room is left for a title bar.
    const QRect available = screen()->availableGeometry();
    const QMargins frame(0, kTitleBarAllowance, 0, 0);
    const QSize room = available.size().shrunkBy(frame);
    const QSize size = QSize(1280, 800).boundedTo(room);
    resize(size);
    // move() places the frame: centred in what the screen leaves free.
    const QSize framed = size.grownBy(frame);
    move(available.topLeft() + QPoint((available.width() - framed.width()) / 2,
                                      (available.height() - framed.height()) / 2));
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        fitScreen();
    const QByteArray state = m_settings->value(QStringLiteral("window/state")).toByteArray();
    if (state.isEmpty() || !QMainWindow::restoreState(state)) {
        // First start: the source viewer takes a third of the width, whatever the screen.
        QTimer::singleShot(
            0, this, [this] { resizeDocks({m_viewerDock}, {width() * 3 / 10}, Qt::Horizontal); });
    }
    // The problems of the last session are not this one's: the dock comes back when a load or
    // an import has some (an empty one took a third of the window at every start).
    m_problemsDock->hide();
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
    m_rememberedChart = m_settings->value(QStringLiteral("window/chart")).toString();
    m_tabs->setCurrentIndex(m_settings->value(QStringLiteral("window/tab"), 0).toInt());
    m_pendingCountry = m_settings->value(QStringLiteral("selection/country")).toString();
}

void MainWindow::saveState()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    m_settings->setValue(QStringLiteral("window/theme"), Theme::name(Theme::kindOf(palette())));
    m_settings->setValue(QStringLiteral("window/chart"),
                         m_charts ? m_charts->chartId() : m_rememberedChart);
    const QString country = m_countries->currentCountry();
    if (!country.isEmpty())
        m_settings->setValue(QStringLiteral("selection/country"), country);
    m_settings->sync();
}
