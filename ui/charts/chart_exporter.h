// ui/charts: renders a chart with its caption onto any device — PNG and JPEG at exactly
// size × scale pixels, SVG through QSvgGenerator, vector PDF through QPdfWriter — and writes
// it atomically (QSaveFile), so a failed export leaves no broken file.
#pragma once

#include "app/export/chart_export_options.h"

#include <QImage>
#include <QSize>
#include <QString>

class DocumentModel;
class QChart;
struct ChartData;
class QPainter;

class ChartExporter {
public:
    // `title`: the chart's title, as the SVG's and the PDF's metadata give it.
    ChartExporter(QChart *chart, const QString &title, const QString &caption);

    // The whole export of a chart's data: draws it in the options' theme with its caption
    // naming the sources and today's date, and writes it, with its sources sidecar when the
    // options ask for it. Used by every export path.
    static bool writeChart(const ChartData &data, const DocumentModel &model, const QString &path,
                           const ChartExportOptions &options, QString *error);

    bool write(const QString &path, const ChartExportOptions &options, QString *error) const;
    QImage image(const ChartExportOptions &options) const; // for PNG/JPEG and the clipboard

    // PNG and JPEG: drawn into an image (on the UI thread, as every chart is drawn), then encoded
    // and written — the longer part, which writeImage() does on any thread.
    static bool isRaster(ChartExportOptions::Format format);
    static QImage render(const ChartData &data, const DocumentModel &model,
                         const ChartExportOptions &options);
    static bool writeImage(const QImage &image, const QString &path,
                           const ChartExportOptions &options, QString *error);

    // Draws the chart over the caption inside `size` (logical pixels).
    void paint(QPainter *painter, const QSize &size, bool dark) const;

private:
    QByteArray svg(const ChartExportOptions &options) const;
    bool writePdf(const QString &path, const ChartExportOptions &options, QString *error) const;

    QChart *m_chart;
    QString m_title;
    QString m_caption;
};
