// Export stage: what an exported chart is to be — format, size, scale, theme, sources sidecar —
// and the limits every way of exporting keeps (the command line, the export dialog, Export All),
// with the words that refuse what lies outside them.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

struct ChartExportOptions {
    enum class Format { Png, Jpeg, Svg, Pdf };

    static constexpr int kMinWidth = 200;
    static constexpr int kMinHeight = 150;
    static constexpr int kMaxSide = 10000;
    static constexpr int kMaxScale = 4;         // PNG/JPEG pixel density, from 1
    static constexpr double kMaxPixels = 200e6; // width × height × scale², what one image holds

    Format format = Format::Png;
    QSize size{1200, 800}; // logical pixels
    double scale = 1;      // PNG/JPEG: device pixels per logical pixel
    bool dark = false;
    bool withSources = false; // also write the sources sidecar, FILE.sources.json

    static bool parseFormat(const QString &text, Format *format); // "png", "jpg"/"jpeg", …
    static QString suffix(Format format);                         // "png", "jpg", "svg", "pdf"
    static QStringList suffixes();                                // every format's, in order
    // The format a file name implies by its suffix; Png when it has none we know.
    static Format formatOf(const QString &path);

    // "1200x800" (or "1200X800") within the limits; false, leaving `size` alone, otherwise.
    static bool parseSize(const QString &text, QSize *size);
    static bool sizeInRange(const QSize &size);
    static bool scaleInRange(double scale);
    // "from 200x150 to 10000x10000", "from 1 to 4": the ranges, as messages give them.
    static QString sizeRange();
    static QString scaleRange();

    // Why these options cannot be exported, in the words the command line prints and the export
    // dialog shows; empty when they can.
    QString problem() const;
};
