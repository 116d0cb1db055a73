#include "app/export/chart_export_options.h"

#include <QFileInfo>
#include <QRegularExpression>

bool ChartExportOptions::parseFormat(const QString &text, Format *format)
{
    const QString t = text.toLower();
    if (t == QLatin1String("png"))
        *format = Format::Png;
    else if (t == QLatin1String("jpg") || t == QLatin1String("jpeg"))
        *format = Format::Jpeg;
    else if (t == QLatin1String("svg"))
        *format = Format::Svg;
    else if (t == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

QString ChartExportOptions::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Jpeg:
        return QStringLiteral("jpg");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QStringList ChartExportOptions::suffixes()
{
    QStringList list;
    for (const Format format : {Format::Png, Format::Jpeg, Format::Svg, Format::Pdf})
        list.append(suffix(format));
    return list;
}

ChartExportOptions::Format ChartExportOptions::formatOf(const QString &path)
{
    Format format = Format::Png;
    parseFormat(QFileInfo(path).suffix(), &format);
    return format;
}

bool ChartExportOptions::parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QSize parsed(match.captured(1).toInt(), match.captured(2).toInt());
    if (!sizeInRange(parsed))
        return false;
    *size = parsed;
    return true;
}

bool ChartExportOptions::sizeInRange(const QSize &size)
{
    return size.width() >= kMinWidth && size.height() >= kMinHeight && size.width() <= kMaxSide &&
           size.height() <= kMaxSide;
}

bool ChartExportOptions::scaleInRange(double scale)
{
    return scale >= 1 && scale <= kMaxScale;
}

QString ChartExportOptions::sizeRange()
{
    return QStringLiteral("from %1x%2 to %3x%3").arg(kMinWidth).arg(kMinHeight).arg(kMaxSide);
}

QString ChartExportOptions::scaleRange()
{
    return QStringLiteral("from 1 to %1").arg(kMaxScale);
}

QString ChartExportOptions::problem() const
{
    if (!sizeInRange(size))
        return QStringLiteral("a size of %1x%2 is out of range: give one %3")
            .arg(size.width())
            .arg(size.height())
            .arg(sizeRange());
    if (!scaleInRange(scale))
        return QStringLiteral("a scale of %1 is out of range: give one %2")
            .arg(scale)
            .arg(scaleRange());
    if (double(size.width()) * size.height() * scale * scale > kMaxPixels)
        return QStringLiteral("%1x%2 at scale %3 is over %4 million pixels; make it smaller")
            .arg(size.width())
            .arg(size.height())
            .arg(scale)
            .arg(kMaxPixels / 1e6);
    return {};
}
