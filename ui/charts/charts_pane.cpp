#include "ui/charts/charts_pane.h"

#include "app/charts/chart_catalog.h"
#include "app/corpus/wording.h"
#include "app/export/chart_sources_json.h"
#include "ui/charts/chart_batch_export.h"
#include "ui/charts/chart_card.h"
#include "ui/charts/chart_export_dialog.h"
#include "ui/charts/chart_exporter.h"
#include "ui/style/theme.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QVBoxLayout>

ChartsPane::ChartsPane(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_chooser(new QComboBox(this))
    , m_card(new ChartCard(settings, this))
{
    for (const ChartInfo &info : ChartCatalog::all())
        m_chooser->addItem(info.title, info.id);
    m_chooser->setToolTip(tr("Chart to show"));
    // As wide as there is room for, down to a short title: never what widens the window.
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(16);
    m_card->addControl(m_chooser, 1);
    auto *exportAllAction = new QAction(tr("Export All Charts to a Folder…"), this);
    connect(exportAllAction, &QAction::triggered, this, &ChartsPane::exportAll);
    m_card->addMenuAction(exportAllAction);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);
    m_card->setChart(chartId());
    connect(m_card, &ChartCard::spanRequested, this, &ChartsPane::spanRequested);
    connect(m_chooser, &QComboBox::currentIndexChanged, this,
            [this] { m_card->setChart(chartId()); });
}

void ChartsPane::setDocument(DocumentModelPtr document)
{
    m_document = document;
    m_card->setDocument(std::move(document));
}

void ChartsPane::setCountries(const QStringList &countries)
{
    m_card->setCountries(countries);
}

void ChartsPane::setChart(const QString &id)
{
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(id)));
}

QString ChartsPane::chartId() const
{
    return m_chooser->currentData().toString();
}

const ChartData &ChartsPane::data() const
{
    return m_card->data();
}

QChartView *ChartsPane::view() const
{
    return m_card->view();
}

QString ChartsPane::caption() const
{
    return m_card->caption();
}

void ChartsPane::exportWithDialog()
{
    m_card->exportWithDialog();
}

void ChartsPane::copyToClipboard()
{
    m_card->copyToClipboard();
}

void ChartsPane::exportAll()
{
    if (!m_document || refuseSecondExport())
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export All Charts to a Folder"),
        m_settings->value(QStringLiteral("export/folder")).toString());
    if (folder.isEmpty())
        return;
    const ChartExportOptions options = ChartExportDialog::remembered(m_settings);
    QStringList existing;
    for (const ChartInfo &info : ChartCatalog::all()) {
        const QString path = ChartBatchExport::pathFor(folder, info.id, options);
        for (const QString &file : {path, ChartSourcesJson::pathFor(path)}) {
            if (QFileInfo::exists(file) && (file == path || options.withSources))
                existing.append(file);
        }
    }
    if (!ChartExportDialog::confirmOverwrite(this, existing))
        return;
    startExportAll(folder);
}

bool ChartsPane::refuseSecondExport()
{
    if (!m_exporting)
        return false;
    Q_EMIT statusMessage(tr("The charts are being exported; wait for the end, or cancel it"));
    if (m_exportProgress && m_exportProgress->isVisible())
        m_exportProgress->raise();
    return true;
}

ChartBatchExport *ChartsPane::startExportAll(const QString &folder)
{
    if (refuseSecondExport())
        return nullptr;
    ChartExportOptions options = ChartExportDialog::remembered(m_settings);
    options.dark = Theme::isDark(palette());
    auto *batch = new ChartBatchExport(m_document, m_card->countries(), folder, options, this);
    m_exporting = batch;
    auto *progress =
        new QProgressDialog(tr("Exporting the charts…"), tr("Cancel"), 0, batch->total(), this);
    m_exportProgress = progress;
    progress->setWindowTitle(tr("Export All Charts"));
    // Not modal: a modal one would handle events inside each setValue(), in the middle of the
    // export's own steps. The export works on a snapshot, so the window may be used meanwhile.
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300); // shown only when it takes a while
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(batch, &ChartBatchExport::progressed, progress,
            [progress](int done, int total, const QString &title) {
                progress->setValue(done);
                progress->setLabelText(
                    tr("Exporting chart %1 of %2: %3…").arg(done + 1).arg(total).arg(title));
            });
    connect(progress, &QProgressDialog::canceled, batch, &ChartBatchExport::cancel);
    connect(batch, &ChartBatchExport::finished, this,
            [this, batch, progress, folder, withSources = options.withSources](
                const QStringList &written, const QString &error, bool cancelled) {
                progress->hide();
                progress->deleteLater();
                batch->deleteLater();
                const QString count = Wording::counted(written.size(), tr("chart"), tr("charts"));
                // Said without waiting for a click: the batch's end is not held up by its report.
                const auto tell = [this](QMessageBox::Icon icon, const QString &title,
                                         const QString &text) {
                    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                };
                if (!error.isEmpty())
                    tell(QMessageBox::Warning, tr("Export failed"),
                         tr("%1 (%2 written before it)").arg(error, count));
                else if (cancelled)
                    Q_EMIT statusMessage(
                        tr("Export of the charts cancelled: %1 written to %2").arg(count, folder));
                else
                    tell(QMessageBox::Information, tr("Charts exported"),
                         tr("%1 written to %2%3")
                             .arg(count, folder,
                                  withSources ? tr(", each with its sources (.sources.json)")
                                              : QString()));
            });
    batch->start();
    return batch;
}
