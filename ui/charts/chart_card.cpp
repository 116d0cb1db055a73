#include "ui/charts/chart_card.h"

#include "app/charts/chart_build_cancel.h"
#include "app/charts/chart_caption.h"
#include "app/charts/chart_catalog.h"
#include "ui/charts/chart_build_pool.h"
#include "ui/charts/chart_evidence_panel.h"
#include "ui/charts/chart_factory.h"
#include "ui/charts/chart_mark_signals.h"
#include "ui/style/theme.h"

#include <QChartView>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

ChartCard::ChartCard(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_bar(new QHBoxLayout)
    , m_view(new QChartView(this))
    , m_caption(new QLabel(this))
    , m_evidence(new ChartEvidencePanel(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_buildBar(new QWidget(this))
    , m_buildText(new QLabel(m_buildBar))
    , m_buildButton(new QPushButton(m_buildBar))
{
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Export this chart as PNG, JPEG, SVG or PDF"));
    auto *copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setToolTip(tr("Copy this chart to the clipboard as an image"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumHeight(m_viewMinimumHeight);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);

    m_bar->addStretch(1);
    m_bar->addWidget(exportButton);
    m_bar->addWidget(copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_bar);
    auto *buildLayout = new QHBoxLayout(m_buildBar);
    buildLayout->setContentsMargins(0, 0, 0, 0);
    buildLayout->addWidget(m_buildText, 1);
    buildLayout->addWidget(m_buildButton);
    m_buildBar->hide();
    layout->addWidget(m_buildBar);
    m_split->addWidget(m_view);
    m_split->addWidget(m_evidence);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setChildrenCollapsible(false);
    m_evidence->hide(); // until a mark is clicked
    layout->addWidget(m_split, 1);
    layout->addWidget(m_caption);

    connect(exportButton, &QPushButton::clicked, this, &ChartCard::exportWithDialog);
    connect(copyButton, &QPushButton::clicked, this, &ChartCard::copyToClipboard);
    connect(m_buildButton, &QPushButton::clicked, this, [this] {
        if (isBuilding()) {
            cancelBuild();
        } else { // built after all, as asked
            m_dataStale = true;
            m_cancelled = false;
            buildInBackground();
        }
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartCard::showContextMenu);
    connect(m_evidence, &ChartEvidencePanel::spanRequested, this, &ChartCard::spanRequested);
    connect(m_evidence, &ChartEvidencePanel::closeRequested, this, [this] {
        hideEvidence();
        m_view->setFocus(); // back where the keyboard came from
    });
    connect(m_evidence, &ChartEvidencePanel::markChosen, this, &ChartCard::showMarkEvidence);
    // The keyboard reaches the marks too: Enter or Space on the chart opens the evidence of
    // its first mark, and the panel's chooser goes through the others.
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("Chart; Enter shows the evidence behind its marks"));
    m_view->installEventFilter(this);
}

ChartCard::~ChartCard()
{
    stopBackgroundBuild(); // its thread ends soon; it holds the document it reads
}

void ChartCard::addControl(QWidget *control, int stretch)
{
    if (stretch > 0) { // the control takes the room the bar's spacer held
        for (int i = 0; i < m_bar->count(); ++i) {
            if (m_bar->itemAt(i)->spacerItem()) {
                delete m_bar->takeAt(i);
                break;
            }
        }
    }
    m_bar->insertWidget(0, control, stretch);
}

void ChartCard::addMenuAction(QAction *action)
{
    m_menuActions.append(action);
}

void ChartCard::setDocument(DocumentModelPtr document)
{
    m_document = std::move(document);
    m_evidence->setDocument(m_document);
    rebuild();
}

void ChartCard::setViewMinimumHeight(int pixels)
{
    m_viewMinimumHeight = pixels;
    m_view->setMinimumSize(0, pixels);
}

void ChartCard::setCountries(const QStringList &countries)
{
    m_countries = countries;
    rebuild();
}

void ChartCard::setChart(const QString &id)
{
    m_chartId = id;
    rebuild();
}

QString ChartCard::caption()
{
    return m_document ? ChartCaption::text(data(), *m_document, QDate::currentDate()) : QString();
}

const ChartData &ChartCard::data()
{
    if (isBuilding()) { // asked for now (an export, a click): built here, the other stopped
        stopBackgroundBuild();
        m_dataStale = true;
    }
    if (m_dataStale && m_document)
        buildNow();
    return m_data;
}

void ChartCard::rebuild()
{
    // A hidden card builds its data when it is shown or asked for it: with a big library, a
    // chart's data takes long, and a selection change should not pay for charts nobody sees.
    stopBackgroundBuild(); // it was building for what was asked before
    m_dataStale = true;
    m_cancelled = false;
    if (isVisible())
        buildData();
}

void ChartCard::buildData()
{
    if (!m_dataStale || !m_document || isBuilding() || m_cancelled)
        return; // a cancelled chart waits to be asked for again
    if (m_document->events.size() + m_document->claims.size() >= m_backgroundFrom) {
        buildInBackground();
        return;
    }
    buildNow();
}

void ChartCard::buildNow()
{
    m_dataStale = false;
    m_cancelled = false;
    apply(ChartCatalog::build(m_chartId, *m_document, m_countries).value_or(ChartData{}));
}

void ChartCard::buildInBackground()
{
    stopBackgroundBuild();
    if (!m_document)
        return;
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_building = flag;
    hideEvidence();
    // The chart that was is not shown, redrawn or cited as this one.
    m_data = ChartData{};
    m_caption->clear();
    m_caption->setToolTip({});
    QChart *old = m_view->chart();
    m_view->setChart(new QChart);
    delete old;
    m_chartStale = false;
    m_buildText->setText(tr("Building the chart… (the window can be used meanwhile)"));
    m_buildButton->setText(tr("Cancel"));
    m_buildButton->setToolTip(tr("Stop building this chart"));
    m_buildBar->show();
    auto *watcher = new QFutureWatcher<ChartData>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, flag] {
        watcher->deleteLater();
        if (flag != m_building || flag->load())
            return; // stopped, or asked for something else since
        m_building.reset();
        m_dataStale = false;
        apply(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(ChartBuildPool::instance(), [document = m_document, id = m_chartId,
                                                       countries = m_countries, flag] {
            if (flag->load())
                return ChartData{}; // stopped while it waited for its turn
            const ChartBuildCancel::Scope scope(flag.get());
            return ChartCatalog::build(id, *document, countries).value_or(ChartData{});
        }));
}

void ChartCard::stopBackgroundBuild()
{
    if (!m_building)
        return;
    m_building->store(true);
    m_building.reset();
    m_buildBar->hide();
}

void ChartCard::cancelBuild()
{
    if (!isBuilding())
        return;
    stopBackgroundBuild();
    m_dataStale = true; // built when asked for again
    m_cancelled = true;
    m_buildText->setText(tr("The chart was not built (cancelled)."));
    m_buildButton->setText(tr("Build"));
    m_buildButton->setToolTip(tr("Build this chart after all"));
    m_buildBar->show();
    m_buildButton->setFocus();
}

void ChartCard::apply(ChartData data)
{
    m_data = std::move(data);
    m_buildBar->hide();
    hideEvidence(); // it spoke of a mark of the chart that was
    // Drawing waits until the card is seen: a selection change elsewhere costs only the data.
    m_chartStale = true;
    if (isVisible())
        drawChart();
    const QString many = ChartCaption::summary(m_data, *m_document);
    const QStringList sources =
        many.isEmpty() ? ChartCaption::shortNames(m_data, *m_document) : QStringList();
    if (!many.isEmpty())
        m_caption->setText(
            tr("Sources: %1 (every one is in the sources sidecar of an export)").arg(many));
    else
        m_caption->setText(
            sources.isEmpty() ? tr("No source article supports this chart.")
                              : tr("Sources: %1 (hover for the titles; exports carry them in full)")
                                    .arg(sources.join(QStringLiteral("; "))));
    m_caption->setToolTip(ChartCaption::text(m_data, *m_document, QDate::currentDate(), many));
}

void ChartCard::drawChart()
{
    QChart *old = m_view->chart();
    auto *marks = new ChartMarkSignals;
    QChart *chart = ChartFactory::create(m_data, Theme::isDark(palette()), marks);
    marks->setParent(chart); // goes with the chart it reports on
    connect(marks, &ChartMarkSignals::clicked, this, &ChartCard::showMarkEvidence);
    connect(marks, &ChartMarkSignals::hovered, this, &ChartCard::showMarkTip);
    // QChartView only ever raises its minimum to its chart's, and a chart's legend in many rows
    // raises the chart's: a new chart starts from the card's own minimum again.
    m_view->setMinimumSize(0, m_viewMinimumHeight);
    m_view->setChart(chart);
    delete old;
    m_chartStale = false;
}

void ChartCard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_document || isBuilding() || m_dataStale)
        return; // (a chart being built, or not built, is drawn in the theme of its time)
    // A new theme: the chart is drawn again in it (when seen), the data stays.
    m_chartStale = true;
    if (isVisible())
        drawChart();
}

void ChartCard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    buildData();
    if (m_chartStale)
        drawChart();
}

void ChartCard::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Export Chart…"), this, &ChartCard::exportWithDialog);
    menu.addAction(tr("Copy to Clipboard"), this, &ChartCard::copyToClipboard);
    menu.addAction(tr("Show the Evidence Behind the Marks"), this,
                   &ChartCard::showFirstMarkEvidence);
    if (!m_menuActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_menuActions);
    }
    menu.exec(m_view->mapToGlobal(pos));
}

bool ChartCard::showMarkEvidence(int series, int index)
{
    const std::optional<ChartMark> mark = ChartMarks::place(data(), series, index);
    if (!mark)
        return false;
    if (m_evidence->isHidden()) // it is closed whenever the chart is rebuilt
        m_evidence->setMarks(ChartMarks::all(data()));
    m_evidence->showMark(*mark);
    if (m_evidence->isHidden()) {
        // Beside the chart (below, a chart of many rows would lose its labels), a reading
        // column that leaves the chart two thirds of the width.
        const int total = m_split->width();
        const int panel = std::clamp(total / 3, m_evidence->minimumWidth(), 420);
        m_evidence->show();
        m_split->setSizes({total - panel, panel});
    }
    return true;
}

void ChartCard::hideEvidence()
{
    m_evidence->hide();
}

void ChartCard::showMarkTip(int series, int index, bool entered)
{
    const std::optional<ChartMark> mark = ChartMarks::place(data(), series, index);
    if (!entered || !mark) {
        m_view->unsetCursor();
        QToolTip::hideText();
        return;
    }
    m_view->setCursor(Qt::PointingHandCursor);
    QToolTip::showText(QCursor::pos(), mark->summary() + tr("\nClick for the evidence."), m_view);
}

bool ChartCard::showFirstMarkEvidence()
{
    for (const ChartMark &mark : ChartMarks::all(data())) {
        if (!mark.evidence.isEmpty() && showMarkEvidence(mark.series, mark.index)) {
            m_evidence->chooser()->setFocus();
            return true;
        }
    }
    return false;
}

bool ChartCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)
            return showFirstMarkEvidence();
        if (key == Qt::Key_Escape && m_evidence->isVisible()) { // after a click on a mark
            hideEvidence();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
