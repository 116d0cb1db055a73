#include "svg_export_texts.h"

#include "ui/charts/chart_exporter.h"
#include "ui/charts/chart_factory.h"

#include <QChart>
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <memory>

namespace SvgExportTexts {

QStringList of(const ChartData &data, const QSize &size, Which which)
{
    const std::unique_ptr<QChart> drawn(
        ChartFactory::create(data, false, nullptr, ChartFactory::Medium::Paper));
    ChartExportOptions options;
    options.format = ChartExportOptions::Format::Svg;
    options.size = size;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    EXPECT_TRUE(ChartExporter(drawn.get(), data.title, QString()).write(path, options, &error))
        << error.toStdString();
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(file.readAll());
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("text"))
            continue;
        const bool seen =
            xml.attributes().value(QLatin1String("fill-opacity")) != QLatin1String("0");
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (seen || which == Which::All)
            texts.append(text);
    }
    return texts;
}

} // namespace SvgExportTexts
