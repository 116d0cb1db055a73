// ChartCard: what the card does with its chart beyond showing it — export it to a file (its
// sources sidecar made on a worker thread) and copy it to the clipboard.
#include "ui/charts/chart_card.h"

#include "app/export/chart_export_options.h"
#include "ui/charts/chart_export_dialog.h"
#include "ui/charts/chart_exporter.h"
#include "ui/charts/chart_factory.h"
#include "ui/charts/chart_file_export.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QMessageBox>

#include <memory>

void ChartCard::exportWithDialog()
{
    if (!m_document)
        return;
    ChartExportDialog dialog(m_chartId, m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChartExportOptions options = dialog.options();
    options.dark = Theme::isDark(palette());
    exportTo(dialog.path(), options);
}

void ChartCard::exportTo(const QString &path, const ChartExportOptions &options)
{
    if (!m_document)
        return;
    ChartFileExport::start(
        this, data(), m_document, path, options, [this, path](const QString &error) {
            if (!error.isEmpty()) {
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error,
                                            QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT exported(path, error);
        });
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
