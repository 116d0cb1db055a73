#include "ui/charts/chart_card.h"

#include "app/charts/chart_caption.h"
#include "app/charts/chart_catalog.h"
#include "ui/charts/chart_evidence_panel.h"
#include "ui/charts/chart_export_dialog.h"
#include "ui/charts/chart_exporter.h"
#include "ui/charts/chart_factory.h"
#include "ui/charts/chart_mark_signals.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolTip>
#include <QVBoxLayout>

#include <memory>

ChartCard::ChartCard(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_bar(new QHBoxLayout)
    , m_view(new QChartView(this))
    , m_caption(new QLabel(this))
    , m_evidence(new ChartEvidencePanel(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
{
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Export this chart as PNG, JPEG, SVG or PDF"));
    auto *copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setToolTip(tr("Copy this chart to the clipboard as an image"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumHeight(220);
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
    buildData();
    return m_data;
}

void ChartCard::rebuild()
{
    // A hidden card builds its data when it is shown or asked for it: with a big library, a
    // chart's data takes long, and a selection change should not pay for charts nobody sees.
    m_dataStale = true;
    if (isVisible())
        buildData();
}

void ChartCard::buildData()
{
    if (!m_dataStale || !m_document)
        return;
    m_dataStale = false;
    m_data = ChartCatalog::build(m_chartId, *m_document, m_countries).value_or(ChartData{});
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
    m_caption->setToolTip(caption());
}

void ChartCard::drawChart()
{
    QChart *old = m_view->chart();
    auto *marks = new ChartMarkSignals;
    QChart *chart = ChartFactory::create(data(), Theme::isDark(palette()), marks);
    marks->setParent(chart); // goes with the chart it reports on
    connect(marks, &ChartMarkSignals::clicked, this, &ChartCard::showMarkEvidence);
    connect(marks, &ChartMarkSignals::hovered, this, &ChartCard::showMarkTip);
    m_view->setChart(chart);
    delete old;
    m_chartStale = false;
}

void ChartCard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_document)
        return;
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

void ChartCard::exportWithDialog()
{
    if (!m_document)
        return;
    ChartExportDialog dialog(m_chartId, m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartExportOptions options = dialog.options();
    options.dark = Theme::isDark(palette());
    QString error;
    if (!ChartExporter::writeChart(data(), *m_document, dialog.path(), options, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChartCard::copyToClipboard()
{
    ChartExportOptions options;
    options.size = m_view->size().expandedTo(QSize(600, 400));
    options.scale = devicePixelRatioF();
    options.dark = Theme::isDark(palette());
    const std::unique_ptr<QChart> chart(
        ChartFactory::create(data(), options.dark, nullptr, ChartFactory::Medium::Paper));
    QApplication::clipboard()->setImage(
        ChartExporter(chart.get(), data().title, caption()).image(options));
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
