#include "ui/charts/chart_exporter.h"

#include "app/charts/chart_caption.h"
#include "app/export/chart_sources_json.h"
#include "app/export/save_file.h"
#include "ui/charts/chart_factory.h"

#include <QBuffer>
#include <QChart>
#include <QFile>
#include <QFileInfo>
#include <QFontInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSvgGenerator>

#include <memory>
#include <utility>

namespace {

QRect captionRect(const QSize &size, const QString &caption, const QFont &font)
{
    const QFontMetrics fm(font);
    const QRect bounds =
        fm.boundingRect(QRect(0, 0, size.width() - 24, size.height()), Qt::TextWordWrap, caption);
    const int height = std::min(bounds.height() + 16, size.height() / 3);
    return QRect(12, size.height() - height + 4, size.width() - 24, height - 8);
}

QFont captionFont(const QSize &size)
{
    QFont font;
    font.setPixelSize(std::clamp(size.width() / 90, 10, 16));
    return font;
}

// `svg` with each font family named as another program can find it: the face the layout measured
// its text in, then a generic family. QSvgGenerator writes the family asked for, such as
// fontconfig's "Sans Serif", which a browser does not know (it falls back to its own default,
// often a serif).
QByteArray withFamiliesFound(QByteArray svg)
{
    static const QByteArray attribute = "font-family=\"";
    QSet<QByteArray> families;
    for (qsizetype at = svg.indexOf(attribute); at >= 0; at = svg.indexOf(attribute, at + 1)) {
        const qsizetype start = at + attribute.size();
        const qsizetype end = svg.indexOf('"', start);
        if (end < 0)
            break;
        families.insert(svg.mid(start, end - start));
    }
    for (const QByteArray &family : std::as_const(families)) {
        const QFontInfo face{QFont(QString::fromUtf8(family))};
        const QString serif = QFontInfo(QFont(QStringLiteral("serif"))).family();
        const QString generic = face.fixedPitch()        ? QStringLiteral("monospace")
                                : face.family() == serif ? QStringLiteral("serif")
                                                         : QStringLiteral("sans-serif");
        const QString named = QStringLiteral("%1, %2").arg(face.family(), generic);
        const QByteArray before = attribute + family + '"';
        const QByteArray after = attribute + named.toHtmlEscaped().toUtf8() + '"';
        svg.replace(before, after);
    }
    return svg;
}

} // namespace

bool ChartExporter::writeChart(const ChartData &data, const DocumentModel &model,
                               const QString &path, const ChartExportOptions &options,
                               QString *error)
{
    const std::unique_ptr<QChart> chart(
        ChartFactory::create(data, options.dark, nullptr, ChartFactory::Medium::Paper));
    const ChartExporter exporter(chart.get(), data.title,
                                 ChartCaption::text(data, model, QDate::currentDate()));
    // The chart and its sources go together: the sidecar is written first, so one that cannot
    // be written stops the export before the image is touched; an image that then fails takes
    // its new sidecar away again.
    const QString sidecar = ChartSourcesJson::pathFor(path);
    if (options.withSources && !ChartSourcesJson::write(data, model, sidecar, error)) {
        *error += QStringLiteral("; no chart written");
        return false;
    }
    if (!exporter.write(path, options, error)) {
        if (options.withSources)
            QFile::remove(sidecar);
        return false;
    }
    return true;
}

ChartExporter::ChartExporter(QChart *chart, const QString &title, const QString &caption)
    : m_chart(chart)
    , m_title(title)
    , m_caption(caption)
{}

void ChartExporter::paint(QPainter *painter, const QSize &size, bool dark) const
{
    const QFont font = captionFont(size);
    const QRect caption = captionRect(size, m_caption, font);
    const QRectF chartArea(0, 0, size.width(), caption.top() - 4);
    painter->fillRect(QRect(QPoint(0, 0), size),
                      dark ? QColor(0x2b, 0x2d, 0x30) : QColor(Qt::white));

    // The chart lays itself out in a scene of its own for the duration of the paint.
    QGraphicsScene scene;
    QGraphicsScene *previous = m_chart->scene();
    if (previous)
        previous->removeItem(m_chart);
    scene.addItem(m_chart);
    m_chart->setGeometry(chartArea);
    if (QGraphicsLayout *layout = m_chart->layout())
        layout->activate(); // what the first layout changed (a date axis's ticks) is laid out
    scene.setSceneRect(chartArea);
    scene.render(painter, chartArea, chartArea);
    scene.removeItem(m_chart);
    if (previous)
        previous->addItem(m_chart);

    painter->setFont(font);
    painter->setPen(dark ? QColor(0xc8, 0xc8, 0xc8) : QColor(0x44, 0x44, 0x44));
    painter->drawText(caption, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_caption);
}

QImage ChartExporter::image(const ChartExportOptions &options) const
{
    // Opaque (the background is painted): encoded faster and smaller than with an alpha channel.
    QImage image(options.size * options.scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(options.scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, options.size, options.dark);
    painter.end();
    return image;
}

QByteArray ChartExporter::svg(const ChartExportOptions &options) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setResolution(96); // as the PDF: a point is 4/3 of a pixel, as in the layout
    generator.setTitle(m_title);
    generator.setDescription(m_caption);
    QPainter painter(&generator);
    paint(&painter, options.size, options.dark);
    painter.end();
    return withFamiliesFound(buffer.data());
}

bool ChartExporter::writePdf(const QString &path, const ChartExportOptions &options,
                             QString *error) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(96); // one logical pixel per PDF pixel at 96 dpi
        pdf.setPageSize(QPageSize(QSizeF(options.size) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(m_title);
        pdf.setCreator(QStringLiteral("Position Explorer"));
        QPainter painter(&pdf);
        const double sx = double(painter.device()->width()) / options.size.width();
        const double sy = double(painter.device()->height()) / options.size.height();
        painter.scale(sx, sy);
        paint(&painter, options.size, options.dark);
    }
    return SaveFile::write(path, buffer.data(), error);
}

bool ChartExporter::isRaster(ChartExportOptions::Format format)
{
    return format == ChartExportOptions::Format::Png || format == ChartExportOptions::Format::Jpeg;
}

QImage ChartExporter::render(const ChartData &data, const DocumentModel &model,
                             const ChartExportOptions &options)
{
    const std::unique_ptr<QChart> chart(
        ChartFactory::create(data, options.dark, nullptr, ChartFactory::Medium::Paper));
    return ChartExporter(chart.get(), data.title,
                         ChartCaption::text(data, model, QDate::currentDate()))
        .image(options);
}

bool ChartExporter::writeImage(const QImage &image, const QString &path,
                               const ChartExportOptions &options, QString *error)
{
    const bool jpeg = options.format == ChartExportOptions::Format::Jpeg;
    const QImage encoded = jpeg ? image.convertToFormat(QImage::Format_RGB888) : image;
    // PNG at Qt's quality 80 (zlib's level 1): a chart's flat colours compress nearly as well as
    // at the default level (a 1920×1080 timeline is 13 % bigger) and encode in much less time.
    constexpr int kJpegQuality = 92;
    constexpr int kPngQuality = 80;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!encoded.save(&buffer, jpeg ? "JPG" : "PNG", jpeg ? kJpegQuality : kPngQuality)) {
        *error = QStringLiteral("%1: the image could not be encoded").arg(path);
        return false;
    }
    return SaveFile::write(path, buffer.data(), error);
}

bool ChartExporter::write(const QString &path, const ChartExportOptions &options,
                          QString *error) const
{
    switch (options.format) {
    case ChartExportOptions::Format::Png:
    case ChartExportOptions::Format::Jpeg:
        return writeImage(image(options), path, options, error);
    case ChartExportOptions::Format::Svg:
        return SaveFile::write(path, svg(options), error);
    case ChartExportOptions::Format::Pdf:
        return writePdf(path, options, error);
    }
    return false;
}
