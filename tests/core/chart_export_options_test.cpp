#include "app/export/chart_export_options.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

ChartExportOptions sized(int width, int height, double scale)
{
    ChartExportOptions options;
    options.size = QSize(width, height);
    options.scale = scale;
    return options;
}

} // namespace

TEST(ChartExportOptions, KeepsSizesAndScalesInTheirRanges)
{
    EXPECT_EQ(sized(1200, 800, 1).problem(), QString());
    EXPECT_EQ(sized(200, 150, 4).problem(), QString()); // the smallest, at the densest
    EXPECT_NE(sized(199, 150, 1).problem(), QString());
    EXPECT_NE(sized(200, 149, 1).problem(), QString());
    EXPECT_NE(sized(10001, 800, 1).problem(), QString());
    EXPECT_NE(sized(1200, 800, 0.5).problem(), QString());
    EXPECT_NE(sized(1200, 800, 5).problem(), QString());
}

TEST(ChartExportOptions, RefusesAnImageOfMoreThanTwoHundredMillionPixels)
{
    // 10000 × 10000 at 4× would be 1.6 billion pixels, a 6.4 GB image; each value alone is in
    // range. 7000 × 7000 at 2× is 196 million pixels, just under the limit.
    const QString problem = sized(10000, 10000, 4).problem();
    EXPECT_TRUE(problem.contains(QStringLiteral("200 million pixels"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("10000x10000"))) << problem.toStdString();
    EXPECT_EQ(sized(7000, 7000, 2).problem(), QString());
    EXPECT_NE(sized(7100, 7100, 2).problem(), QString());
}

TEST(ChartExportOptions, ParsesASizeOnlyWithinTheLimits)
{
    QSize size(1, 1);
    EXPECT_TRUE(ChartExportOptions::parseSize(QStringLiteral("1600X900"), &size));
    EXPECT_EQ(size, QSize(1600, 900));
    for (const char *bad : {"1600", "1600x", "x900", "199x900", "1600x10001", "16o0x900", ""})
        EXPECT_FALSE(ChartExportOptions::parseSize(QLatin1String(bad), &size)) << bad;
    EXPECT_EQ(size, QSize(1600, 900)); // left alone by what it refused
}

TEST(ChartExportOptions, NamesEachFormatByItsSuffix)
{
    EXPECT_EQ(ChartExportOptions::suffixes(),
              QStringList({QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("svg"),
                           QStringLiteral("pdf")}));
    EXPECT_EQ(ChartExportOptions::formatOf(QStringLiteral("a/b.JPEG")),
              ChartExportOptions::Format::Jpeg);
    EXPECT_EQ(ChartExportOptions::formatOf(QStringLiteral("chart.gif")),
              ChartExportOptions::Format::Png);
}

TEST(ChartExportOptions, TheCommandLineRefusesInTheWordsOfTheOptions)
{
    QTemporaryDir dir;
    const TestSupport::AppRun run = TestSupport::runApp(
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"),
         dir.filePath(QStringLiteral("t.png")), QStringLiteral("--size"),
         QStringLiteral("10000x10000"), QStringLiteral("--scale"), QStringLiteral("4")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(sized(10000, 10000, 4).problem().toUtf8()))
        << run.err.toStdString();
}
