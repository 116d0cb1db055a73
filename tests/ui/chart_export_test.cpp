#include "app/charts/chart_caption.h"
#include "app/charts/chart_catalog.h"
#include "app/model/document_model_builder.h"
#include "ui/charts/chart_exporter.h"
#include "ui/charts/chart_factory.h"
#include "ui/style/palette.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QFontInfo>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <memory>

namespace {

DocumentModelPtr model()
{
    static const DocumentModelPtr m = DocumentModelBuilder::build(CorpusOptions{});
    return m;
}

struct Exported {
    std::unique_ptr<QChart> chart;
    QString title;
    QString caption;
};

Exported make(const char *id, const QStringList &countries = {})
{
    const ChartData data = ChartCatalog::build(QLatin1String(id), *model(), countries).value();
    return {std::unique_ptr<QChart>(ChartFactory::create(data, false)), data.title,
            ChartCaption::text(data, *model(), QDate(2026, 11, 23))};
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `e` exported as an SVG at the default size: the file's bytes (none when it was not written).
QByteArray svgOf(const Exported &e)
{
    QTemporaryDir dir;
    ChartExportOptions options;
    options.format = ChartExportOptions::Format::Svg;
    const QString path = dir.filePath(QStringLiteral("chart.svg"));
    QString error;
    if (!ChartExporter(e.chart.get(), e.title, e.caption).write(path, options, &error))
        ADD_FAILURE() << error.toStdString();
    return read(path);
}

} // namespace

TEST(ChartExporter, PngHasExactlySizeTimesScalePixelsAndIsNotBlank)
{
    QTemporaryDir dir;
    const Exported e = make("stance-overview");
    ChartExportOptions options;
    options.size = QSize(900, 600);
    options.scale = 2;
    const QString path = dir.filePath(QStringLiteral("stance.png"));
    QString error;
    ASSERT_TRUE(ChartExporter(e.chart.get(), e.title, e.caption).write(path, options, &error))
        << error.toStdString();
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(1800, 1200));
    EXPECT_GT(distinctColours(image), 20);
}

TEST(ChartExporter, JpegHasTheRequestedSize)
{
    QTemporaryDir dir;
    const Exported e = make("timeline", {QStringLiteral("KAZ")});
    ChartExportOptions options;
    options.format = ChartExportOptions::Format::Jpeg;
    options.size = QSize(800, 500);
    options.scale = 3;
    const QString path = dir.filePath(QStringLiteral("t.jpg"));
    QString error;
    ASSERT_TRUE(ChartExporter(e.chart.get(), e.title, e.caption).write(path, options, &error));
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(2400, 1500));
    EXPECT_GT(distinctColours(image), 20);
}

TEST(ChartExporter, PdfIsTitledByTheChartAndMadeByPositionExplorer)
{
    QTemporaryDir dir;
    const Exported e = make("unga-votes");
    ChartExportOptions options;
    options.format = ChartExportOptions::Format::Pdf;
    const QString path = dir.filePath(QStringLiteral("votes.pdf"));
    QString error;
    ASSERT_TRUE(ChartExporter(e.chart.get(), e.title, e.caption).write(path, options, &error));
    // The information dictionary holds its strings in UTF-16 with a byte order mark.
    const auto utf16 = [](const QString &text) {
        QByteArray bytes("\xfe\xff", 2);
        for (const QChar c : text) {
            bytes.append(char(c.unicode() >> 8));
            bytes.append(char(c.unicode() & 0xff));
        }
        return bytes;
    };
    const QByteArray pdf = read(path);
    const QByteArray title =
        QByteArray("/Title (") +
        utf16(QStringLiteral("UN General Assembly votes on Ukraine, March 2022")) + QByteArray(")");
    const QByteArray creator =
        QByteArray("/Creator (") + utf16(QStringLiteral("Position Explorer")) + QByteArray(")");
    EXPECT_TRUE(pdf.contains(title));
    EXPECT_TRUE(pdf.contains(creator));
}

TEST(ChartExporter, SvgParsesAndNamesTheSources)
{
    const Exported e = make("unga-votes");
    const QByteArray svg = svgOf(e);
    QXmlStreamReader xml(svg);
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(elements, 50);
    EXPECT_TRUE(svg.contains("Belarus Digest"));
    EXPECT_TRUE(svg.contains("width=\"1200"));
    // The SVG's title is the chart's, without the markup of the title drawn above the chart.
    EXPECT_TRUE(svg.contains("<title>UN General Assembly votes on Ukraine, March 2022</title>"))
        << svg.left(600).toStdString();
}

TEST(ChartExporter, SvgTextIsAsBigAsTheLayoutsAndInAFontOtherProgramsFind)
{
    // A trial opened an SVG export elsewhere: its labels were three quarters of their size
    // (9 for 9 points, the layout's 12 pixels), ragged beside the axis, in "Sans Serif", which
    // browsers do not know.
    const Exported e = make("unga-votes");
    const QByteArray svg = svgOf(e);
    ASSERT_FALSE(svg.isEmpty());
    const QFont labels = e.chart->axes(Qt::Vertical).first()->labelsFont();
    const QFontInfo measured(labels);
    // The font of each text, from the group around it.
    QXmlStreamReader xml(svg);
    QVector<QXmlStreamAttributes> groups;
    QString sizeOfKazakhstan;
    QSet<QString> families;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("g"))
            groups.append(xml.attributes());
        else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g"))
            groups.removeLast();
        else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text")) {
            const QXmlStreamAttributes font = groups.isEmpty() ? xml.attributes() : groups.last();
            families.insert(font.value(QLatin1String("font-family")).toString());
            const QString size = font.value(QLatin1String("font-size")).toString();
            if (xml.readElementText() == QLatin1String("Kazakhstan"))
                sizeOfKazakhstan = size;
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(sizeOfKazakhstan.toDouble(), measured.pixelSize()) << sizeOfKazakhstan.toStdString();
    ASSERT_FALSE(families.isEmpty());
    for (const QString &family : families) {
        const QStringList names = family.split(QStringLiteral(", "));
        ASSERT_EQ(names.size(), 2) << family.toStdString();
        EXPECT_EQ(names.first(), measured.family()) << family.toStdString();
        EXPECT_TRUE(QStringList({QStringLiteral("sans-serif"), QStringLiteral("serif"),
                                 QStringLiteral("monospace")})
                        .contains(names.last()))
            << family.toStdString();
    }
}

TEST(ChartExporter, PdfIsAVectorPdf)
{
    QTemporaryDir dir;
    const Exported e = make("comparison", {QStringLiteral("KAZ"), QStringLiteral("BLR")});
    ChartExportOptions options;
    options.format = ChartExportOptions::Format::Pdf;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    QString error;
    ASSERT_TRUE(ChartExporter(e.chart.get(), e.title, e.caption).write(path, options, &error));
    const QByteArray pdf = read(path);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 5000);
}

TEST(ChartExporter, UnwritablePathFailsAndLeavesNothing)
{
    const Exported e = make("stance-overview");
    QString error;
    EXPECT_FALSE(ChartExporter(e.chart.get(), e.title, e.caption)
                     .write(QStringLiteral("/no/such/dir/x.png"), {}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/no/such/dir/x.png")));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/no/such/dir/x.png")));
}

TEST(ChartFactory, UsesTheSharedPaletteForVotes)
{
    const Exported e = make("unga-votes");
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(e.chart->series().first());
    ASSERT_NE(bars, nullptr);
    bool sawContested = false;
    for (QBarSet *set : bars->barSets()) {
        if (set->label() == QLatin1String("Sources disagree")) {
            EXPECT_EQ(set->color(), Palette::conflict());
            sawContested = true;
        }
    }
    EXPECT_TRUE(sawContested);
}

TEST(ChartExporter, FormatFollowsTheFileName)
{
    EXPECT_EQ(ChartExportOptions::formatOf(QStringLiteral("a.SVG")),
              ChartExportOptions::Format::Svg);
    EXPECT_EQ(ChartExportOptions::formatOf(QStringLiteral("a.jpeg")),
              ChartExportOptions::Format::Jpeg);
    EXPECT_EQ(ChartExportOptions::formatOf(QStringLiteral("a")), ChartExportOptions::Format::Png);
}

TEST(ChartFactory, StackedAxisReachesTheLongestBar)
{
    const Exported e = make("mentions-by-article");
    auto *axis = qobject_cast<QValueAxis *>(e.chart->axes(Qt::Horizontal).first());
    ASSERT_NE(axis, nullptr);
    EXPECT_GE(axis->max(), model()->mentionCount(QStringLiteral("RUS")));
}

TEST(ChartFactory, SelectedRowsAreMarkedOnTheirLabels)
{
    const Exported e = make("stance-overview", {QStringLiteral("KAZ")});
    auto *rows = qobject_cast<QBarCategoryAxis *>(e.chart->axes(Qt::Vertical).first());
    ASSERT_NE(rows, nullptr);
    EXPECT_TRUE(rows->categories().contains(QStringLiteral("▶ Kazakhstan")));
    EXPECT_TRUE(rows->categories().contains(QStringLiteral("Belarus")));
}

TEST(ChartExporter, AnExportedChartCarriesNoSelectionMarkers)
{
    // On screen, "▶" marks the selected country's row; on paper it would mean nothing.
    for (const char *id : {"stance-overview", "unga-votes"}) {
        const ChartData data =
            ChartCatalog::build(QLatin1String(id), *model(), {QStringLiteral("KAZ")}).value();
        const std::unique_ptr<QChart> screen(ChartFactory::create(data, false));
        QStringList shown;
        for (QAbstractAxis *axis : screen->axes(Qt::Vertical)) {
            if (auto *rows = qobject_cast<QBarCategoryAxis *>(axis))
                shown += rows->categories();
            if (auto *rows = qobject_cast<QCategoryAxis *>(axis))
                shown += rows->categoriesLabels();
        }
        ASSERT_FALSE(shown.filter(QStringLiteral("▶")).isEmpty()) << id;
        QTemporaryDir dir;
        ChartExportOptions options;
        options.format = ChartExportOptions::Format::Svg;
        const QString path = dir.filePath(QStringLiteral("chart.svg"));
        QString error;
        ASSERT_TRUE(ChartExporter::writeChart(data, *model(), path, options, &error))
            << error.toStdString();
        const QString svg = QString::fromUtf8(read(path));
        EXPECT_TRUE(svg.contains(QLatin1String("Kazakhstan"))) << id;
        EXPECT_FALSE(svg.contains(QStringLiteral("▶"))) << id;
    }
}

TEST(ChartFactory, CountAxesTickAtDistinctWholeNumbers)
{
    // Armenia has few events: "0, 0, 1, 1" is what fractional ticks printed as %d would show.
    int checked = 0;
    for (const ChartInfo &info : ChartCatalog::all()) {
        const std::optional<ChartData> data =
            ChartCatalog::build(info.id, *model(), {QStringLiteral("ARM")});
        if (!data)
            continue;
        const std::unique_ptr<QChart> chart(ChartFactory::create(*data, false));
        for (QAbstractAxis *axis : chart->axes()) {
            // A category axis is a value axis too in Qt Charts: its ticks are its categories.
            auto *values = qobject_cast<QValueAxis *>(axis);
            if (!values || qobject_cast<QCategoryAxis *>(axis))
                continue;
            ++checked;
            ASSERT_GE(values->tickCount(), 2) << info.id.toStdString();
            const double step = (values->max() - values->min()) / (values->tickCount() - 1);
            EXPECT_GE(step, 1.0) << info.id.toStdString();
            for (int i = 0; i < values->tickCount(); ++i) {
                const double tick = values->min() + i * step;
                EXPECT_NEAR(tick, std::round(tick), 1e-9)
                    << info.id.toStdString() << " tick " << i << " at " << tick;
            }
        }
    }
    EXPECT_GE(checked, 3); // event types, events per month, mentions, …
}
