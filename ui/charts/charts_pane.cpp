#include "charts_pane.h"

#include "chart_export_dialog.h"
#include "chart_exporter.h"
#include "chart_factory.h"
#include "charts/chart_caption.h"
#include "charts/chart_catalog.h"
#include "style/theme.h"

#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <memory>

ChartsPane::ChartsPane(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_chooser(new QComboBox(this))
    , m_view(new QChartView(this))
    , m_caption(new QLabel(this))
{
    for (const ChartInfo &info : ChartCatalog::all())
        m_chooser->addItem(info.title, info.id);
    m_chooser->setToolTip(tr("Chart to show"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Export this chart as PNG, JPEG, SVG or PDF (Ctrl+E)"));
    auto *copyButton = new QPushButton(tr("Copy"), this);
    copyButton->setToolTip(tr("Copy this chart to the clipboard as an image"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setMinimumHeight(260);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_chooser, 1);
    bar->addWidget(exportButton);
    bar->addWidget(copyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption);

    connect(m_chooser, &QComboBox::currentIndexChanged, this, &ChartsPane::rebuild);
    connect(exportButton, &QPushButton::clicked, this, &ChartsPane::exportWithDialog);
    connect(copyButton, &QPushButton::clicked, this, &ChartsPane::copyToClipboard);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChartsPane::showContextMenu);
}

void ChartsPane::setDocument(DocumentModelPtr document)
{
    m_document = std::move(document);
    rebuild();
}

void ChartsPane::setCountries(const QStringList &countries)
{
    m_countries = countries;
    rebuild();
}

void ChartsPane::setChart(const QString &id)
{
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(id)));
}

QString ChartsPane::chartId() const
{
    return m_chooser->currentData().toString();
}

QString ChartsPane::caption() const
{
    return m_document ? ChartCaption::text(m_data, *m_document, QDate::currentDate()) : QString();
}

void ChartsPane::refresh()
{
    rebuild();
}

void ChartsPane::rebuild()
{
    if (!m_document)
        return;
    m_data = ChartCatalog::build(chartId(), *m_document, m_countries).value_or(ChartData{});
    // Drawing waits until the pane is seen: a selection change elsewhere costs only the data.
    m_chartStale = true;
    if (isVisible())
        drawChart();
    const QStringList sources = ChartCaption::shortNames(m_data, *m_document);
    m_caption->setText(sources.isEmpty()
                           ? tr("No source article supports this chart.")
                           : tr("Sources: %1 (hover for the titles; exports carry them in full)")
                                 .arg(sources.join(QStringLiteral("; "))));
    m_caption->setToolTip(caption());
}

void ChartsPane::drawChart()
{
    QChart *old = m_view->chart();
    m_view->setChart(ChartFactory::create(m_data, Theme::current() == Theme::Kind::Dark));
    delete old;
    m_chartStale = false;
}

void ChartsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartStale)
        drawChart();
}

void ChartsPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("Export Chart…"), this, &ChartsPane::exportWithDialog);
    menu.addAction(tr("Copy to Clipboard"), this, &ChartsPane::copyToClipboard);
    menu.addAction(tr("Export All Charts to a Folder…"), this, &ChartsPane::exportAll);
    menu.exec(m_view->mapToGlobal(pos));
}

void ChartsPane::exportWithDialog()
{
    if (!m_document)
        return;
    ChartExportDialog dialog(chartId(), m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartExportOptions options = dialog.options();
    options.dark = Theme::current() == Theme::Kind::Dark;
    QString error;
    if (!ChartExporter::writeChart(m_data, *m_document, dialog.path(), options, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ChartsPane::copyToClipboard()
{
    ChartExportOptions options;
    options.size = m_view->size().expandedTo(QSize(600, 400));
    options.scale = devicePixelRatioF();
    options.dark = Theme::current() == Theme::Kind::Dark;
    const std::unique_ptr<QChart> chart(ChartFactory::create(m_data, options.dark));
    QApplication::clipboard()->setImage(ChartExporter(chart.get(), caption()).image(options));
}

QStringList ChartsPane::exportAllTo(const QString &folder, QString *error)
{
    QStringList written;
    ChartExportOptions options = ChartExportDialog::remembered(m_settings);
    options.dark = Theme::current() == Theme::Kind::Dark;
    for (const ChartInfo &info : ChartCatalog::all()) {
        const ChartData data =
            ChartCatalog::build(info.id, *m_document, m_countries).value_or(ChartData{});
        const QString path = QDir(folder).filePath(info.id + QLatin1Char('.') +
                                                   ChartExportOptions::suffix(options.format));
        if (!ChartExporter::writeChart(data, *m_document, path, options, error))
            return written;
        written.append(path);
    }
    return written;
}

void ChartsPane::exportAll()
{
    if (!m_document)
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export All Charts to a Folder"),
        m_settings->value(QStringLiteral("export/folder")).toString());
    if (folder.isEmpty())
        return;
    const QString suffix =
        ChartExportOptions::suffix(ChartExportDialog::remembered(m_settings).format);
    QStringList existing;
    for (const ChartInfo &info : ChartCatalog::all()) {
        const QString path = QDir(folder).filePath(info.id + QLatin1Char('.') + suffix);
        if (QFileInfo::exists(path))
            existing.append(path);
    }
    if (!ChartExportDialog::confirmOverwrite(this, existing))
        return;
    QString error;
    const QStringList written = exportAllTo(folder, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        QMessageBox::information(
            this, tr("Charts exported"),
            tr("%n chart(s) written to %1", nullptr, int(written.size())).arg(folder));
}
