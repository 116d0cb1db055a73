// ui/charts: renders a chart with its caption onto any device — PNG and JPEG at exactly
// size × scale pixels, SVG through QSvgGenerator, vector PDF through QPdfWriter — and writes
// it atomically (QSaveFile), so a failed export leaves no broken file.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class DocumentModel;
class QChart;
struct ChartData;
class QPainter;

struct ChartExportOptions {
    enum class Format { Png, Jpeg, Svg, Pdf };
    Format format = Format::Png;
    QSize size{1200, 800}; // logical pixels
    double scale = 1;      // PNG/JPEG: device pixels per logical pixel
    bool dark = false;
    bool withSources = false; // also write the sources sidecar, FILE.sources.json

    static bool parseFormat(const QString &text, Format *format);
    static QString suffix(Format format);
    // The format a file name implies by its suffix; Png when it has none we know.
    static Format formatOf(const QString &path);
};

class ChartExporter {
public:
    ChartExporter(QChart *chart, const QString &caption);

    // The whole export of a chart's data: draws it in the options' theme with its caption
    // naming the sources and today's date, and writes it, with its sources sidecar when the
    // options ask for it. Used by every export path.
    static bool writeChart(const ChartData &data, const DocumentModel &model, const QString &path,
                           const ChartExportOptions &options, QString *error);

    bool write(const QString &path, const ChartExportOptions &options, QString *error) const;
    QImage image(const ChartExportOptions &options) const; // for PNG/JPEG and the clipboard

    // Draws the chart over the caption inside `size` (logical pixels).
    void paint(QPainter *painter, const QSize &size, bool dark) const;

private:
    QByteArray svg(const ChartExportOptions &options) const;
    bool writePdf(const QString &path, const ChartExportOptions &options, QString *error) const;

    QChart *m_chart;
    QString m_caption;
};
