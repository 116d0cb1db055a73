#include "app/cli/command_line.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using TestSupport::AppRun;
using TestSupport::runApp;

TEST(CommandLine, ParsesCorpusFoldersAndExportModel)
{
    QTemporaryDir a, b;
    const ParseResult r =
        CommandLine::parse({QStringLiteral("pe"), QStringLiteral("--corpus"), a.path(),
                            QStringLiteral("--corpus"), b.path(), QStringLiteral("--no-builtin"),
                            QStringLiteral("--export-model"), QStringLiteral("-")});
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.request.mode, Request::Mode::ExportModel);
    EXPECT_EQ(r.request.corpus.folders, QStringList({a.path(), b.path()}));
    EXPECT_FALSE(r.request.corpus.builtin);
    EXPECT_EQ(r.request.out, QStringLiteral("-"));
}

TEST(CommandLine, RejectsBadArgumentsWithOneLine)
{
    EXPECT_FALSE(
        CommandLine::parse({QStringLiteral("pe"), QStringLiteral("--frobnicate")}).error.isEmpty());
    // Headless, a folder that is none stops the run; the window opens and lists it instead.
    EXPECT_TRUE(CommandLine::parse({QStringLiteral("pe"), QStringLiteral("--corpus"),
                                    QStringLiteral("/no/such"), QStringLiteral("--summary")})
                    .error.contains(QStringLiteral("/no/such")));
    const ParseResult window = CommandLine::parse(
        {QStringLiteral("pe"), QStringLiteral("--corpus"), QStringLiteral("/no/such")});
    EXPECT_TRUE(window.error.isEmpty()) << window.error.toStdString();
    EXPECT_EQ(window.request.corpus.folders, QStringList{QStringLiteral("/no/such")});
    EXPECT_FALSE(
        CommandLine::parse({QStringLiteral("pe"), QStringLiteral("--no-builtin")}).error.isEmpty());
    EXPECT_FALSE(
        CommandLine::parse({QStringLiteral("pe"), QStringLiteral("stray")}).error.isEmpty());
    EXPECT_FALSE(CommandLine::parse({QStringLiteral("pe"), QStringLiteral("--export-model")})
                     .error.isEmpty());
}

TEST(CommandLine, ExportsTheModelToStdoutWithoutADisplay)
{
    const AppRun run = runApp({QStringLiteral("--export-model"), QStringLiteral("-")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(QLatin1String("schema")).toInt(), 1);
    EXPECT_EQ(root.value(QLatin1String("countries")).toArray().size(), 15);
}

TEST(CommandLine, BadArgumentExitsNonZeroWithOneLineOnStderr)
{
    const AppRun run = runApp({QStringLiteral("--bogus")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("bogus"));
}

TEST(CommandLine, ProblemsGoToStderrAndAUsableCorpusExitsZero)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("empty.txt"), QByteArray());
    TestSupport::writeFile(dir, QStringLiteral("ok.txt"),
                           "Kazakhstan abstained on 2 March 2022.\n");
    const AppRun run = runApp({QStringLiteral("--no-builtin"), QStringLiteral("--corpus"),
                               dir.path(), QStringLiteral("--export-model"), QStringLiteral("-")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("empty.txt: the file is empty")) << run.err.toStdString();
    EXPECT_EQ(
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("articles")).toArray().size(),
        1);
}

TEST(CommandLine, NothingUsableExitsNonZero)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("empty.txt"), QByteArray());
    const AppRun run = runApp({QStringLiteral("--no-builtin"), QStringLiteral("--corpus"),
                               dir.path(), QStringLiteral("--summary")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("no article could be loaded"));
}

TEST(CommandLine, TheBadInputCatalogueExitsZeroWithEveryProblemOnStderr)
{
    const QString bad = QStringLiteral(PE_SOURCE_DIR "/tests/data/bad/articles");
    const AppRun run = runApp({QStringLiteral("--no-builtin"), QStringLiteral("--corpus"), bad,
                               QStringLiteral("--summary")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("6 articles")) << run.out.toStdString();
    for (const char *file :
         {"empty.txt", "whitespace.txt", "renamed-pdf.txt:6", "nul-byte.txt:3",
          "windows-1251.txt:1", "truncated-utf8.txt:1", "utf16-no-bom.txt", "only-nul.txt",
          "half-written.txt:10", "february-30.txt:6", "february-30.txt:7", "manifest.json:3"})
        EXPECT_TRUE(run.err.contains(QByteArray(QByteArray("/") + file + ":"))) << file;
    for (const QByteArray &line : run.err.trimmed().split('\n'))
        EXPECT_TRUE(line.startsWith(QByteArray("position-explorer: warning: " + bad.toUtf8())))
            << line.toStdString();
}

TEST(CommandLine, OnlyBadFilesExitNonZeroAndWriteNothing)
{
    QTemporaryDir dir;
    const QString bad = QStringLiteral(PE_SOURCE_DIR "/tests/data/bad/articles/");
    for (const char *file : {"empty.txt", "renamed-pdf.txt", "windows-1251.txt", "only-nul.txt"})
        ASSERT_TRUE(QFile::copy(bad + QLatin1String(file), dir.filePath(QLatin1String(file))));
    const QString out = dir.filePath(QStringLiteral("model.json"));
    for (const QStringList &mode : {QStringList{QStringLiteral("--summary")},
                                    QStringList{QStringLiteral("--export-model"), out}}) {
        const AppRun run = runApp(
            QStringList{QStringLiteral("--no-builtin"), QStringLiteral("--corpus"), dir.path()} +
            mode);
        EXPECT_EQ(run.exitCode, 2);
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(run.err.count("position-explorer: warning: "), 4) << run.err.toStdString();
        EXPECT_TRUE(run.err.endsWith("position-explorer: no article could be loaded\n"))
            << run.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST(CommandLine, HelpAndVersion)
{
    const AppRun help = runApp({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--export-model"));
    const AppRun version = runApp({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("position-explorer "));
}

TEST(CommandLine, ListsTheCharts)
{
    const AppRun run = runApp({QStringLiteral("--list-charts")});
    EXPECT_EQ(run.exitCode, 0);
    for (const char *id : {"stance-overview", "unga-votes", "timeline", "mentions-by-article",
                           "event-types", "events-per-month", "comparison"})
        EXPECT_TRUE(run.out.contains(id)) << id;
}

TEST(CommandLine, ExportsAChartHeadlessAtTheRequestedSize)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("votes"));
    const AppRun run = runApp(
        {QStringLiteral("--export-chart"), QStringLiteral("unga-votes"), QStringLiteral("--out"),
         out, QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--size"),
         QStringLiteral("640x480"), QStringLiteral("--scale"), QStringLiteral("2")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QImage image(out + QStringLiteral(".png")); // the missing suffix is added
    EXPECT_EQ(image.size(), QSize(1280, 960));
}

TEST(CommandLine, RefusesToOverwriteWithoutForce)
{
    QTemporaryDir dir;
    const QString out = TestSupport::writeFile(dir, QStringLiteral("keep.svg"), "precious");
    const AppRun refused = runApp({QStringLiteral("--export-chart"), QStringLiteral("timeline"),
                                   QStringLiteral("--out"), out});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains("--force"));
    QFile kept(out);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("precious"));
    kept.close();
    const AppRun forced = runApp({QStringLiteral("--export-chart"), QStringLiteral("timeline"),
                                  QStringLiteral("--out"), out, QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_TRUE(kept.readAll().contains("<svg"));
}

TEST(CommandLine, BadChartArgumentsGiveOneLineAndNonZeroExit)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    QTemporaryDir armeniaOnly;
    QFile article(armeniaOnly.filePath(QStringLiteral("armenia.txt")));
    ASSERT_TRUE(article.open(QIODevice::WriteOnly));
    article.write("Armenia abstained\n\nOn 2 March 2022, Armenia abstained at the UN.\n");
    article.close();
    const QList<QStringList> bad{
        {QStringLiteral("--export-chart"), QStringLiteral("nonsense"), QStringLiteral("--out"),
         out},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"), out,
         QStringLiteral("--size"), QStringLiteral("big")},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"), out,
         QStringLiteral("--scale"), QStringLiteral("9")},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"), out,
         QStringLiteral("--format"), QStringLiteral("gif")},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"),
         QStringLiteral("/no/such/dir/x.png")},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline")},
        {QStringLiteral("--export-chart"), QStringLiteral("comparison"), QStringLiteral("--out"),
         out},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"), out,
         QStringLiteral("--country"), QStringLiteral("XYZ")},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"),
         QStringLiteral("x.gif")},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"), out,
         QStringLiteral("--country"), QString()},
        {QStringLiteral("--export-chart"), QStringLiteral("timeline"), QStringLiteral("--out"), out,
         QStringLiteral("--size"), QStringLiteral("10000x10000"), QStringLiteral("--scale"),
         QStringLiteral("4")},
        // A country with no events in the corpus: nothing to draw.
        {QStringLiteral("--no-builtin"), QStringLiteral("--corpus"), armeniaOnly.path(),
         QStringLiteral("--export-chart"), QStringLiteral("event-types"), QStringLiteral("--out"),
         out, QStringLiteral("--country"), QStringLiteral("EST")},
    };
    for (const QStringList &arguments : bad) {
        const AppRun run = runApp(arguments);
        EXPECT_NE(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        // One prefix for every failure: the program's name.
        EXPECT_TRUE(run.err.startsWith("position-explorer: ")) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}

TEST(CommandLine, AFolderThatCannotBeWrittenExitsOneAsAFileThatCannotBe)
{
    // The README: 1 when a file cannot be written, 2 for bad arguments.
    const QString nowhere = QStringLiteral("/no/such/dir/");
    const QList<QStringList> runs{
        {QStringLiteral("--export-chart"), QStringLiteral("unga-votes"), QStringLiteral("--out"),
         nowhere + QStringLiteral("votes.png")},
        {QStringLiteral("--compare"), QStringLiteral("KAZ,UZB"), QStringLiteral("--out"),
         nowhere + QStringLiteral("pair.csv")},
        {QStringLiteral("--export-model"), nowhere + QStringLiteral("model.json")},
    };
    for (const QStringList &arguments : runs) {
        const AppRun run = runApp(arguments);
        EXPECT_EQ(run.exitCode, 1) << arguments.join(QLatin1Char(' ')).toStdString();
        const QByteArray said = "position-explorer: " + nowhere.toUtf8();
        EXPECT_TRUE(run.err.startsWith(said)) << run.err.toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    }
}

TEST(CompareCommand, WritesTheCsvOfTheCountriesGiven)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("compare"));
    const AppRun run = runApp(
        {QStringLiteral("--compare"), QStringLiteral("blr, kaz"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(out + QStringLiteral(".csv")); // the suffix is added
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows =
        TestSupport::parseCsv(QString::fromUtf8(file.readAll().mid(3)));
    ASSERT_GT(rows.size(), 5);
    EXPECT_EQ(rows.first().mid(3, 1), QStringList{QStringLiteral("BLR")});
    EXPECT_TRUE(rows.first().contains(QStringLiteral("KAZ")));

    const AppRun piped = runApp({QStringLiteral("--compare"), QStringLiteral("BLR,KAZ"),
                                 QStringLiteral("--out"), QStringLiteral("-")});
    EXPECT_EQ(piped.exitCode, 0);
    EXPECT_TRUE(piped.out.startsWith("dimension,label,countries differ,BLR,"));
}

TEST(CompareCommand, KeepsCommasAndQuotesOfAQuoteIntact)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("talks.txt"),
                           "Talks\n\nOn 3 March 2022 Armenia said it would \"stay neutral, "
                           "come what may\". Georgia, for its part, applied to join the EU.\n");
    TestSupport::writeFile(dir, QStringLiteral("codebook.json"),
                           R"({"schema": 1, "claims": [
{"country": "ARM", "dimension": "stance", "value": "balancing", "article": "talks", "quote": "Armenia said it would \"stay neutral, come what may\"."},
{"country": "GEO", "dimension": "eu_application", "value": "yes", "article": "talks", "quote": "Georgia, for its part, applied to join the EU."}]})");
    const AppRun run = runApp({QStringLiteral("--no-builtin"), QStringLiteral("--corpus"),
                               dir.path(), QStringLiteral("--compare"), QStringLiteral("ARM,GEO"),
                               QStringLiteral("--out"), QStringLiteral("-")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QVector<QStringList> rows = TestSupport::parseCsv(QString::fromUtf8(run.out));
    ASSERT_EQ(rows.size(), 3);
    const QStringList stance = rows[1];
    EXPECT_EQ(stance[0], QStringLiteral("stance"));
    EXPECT_EQ(stance[8], QStringLiteral("3 Mar 2022 (statement)")); // "On 3 March 2022 Armenia"
    EXPECT_TRUE(stance[9].contains(
        QStringLiteral("“Armenia said it would \"stay neutral, come what may\".”")));
    EXPECT_EQ(stance[10], QStringLiteral("no source")); // Georgia's stance
    EXPECT_EQ(stance[2], QStringLiteral("unknown"));
}

TEST(CompareCommand, RefusesBadSetsAndOptionsWithOneLine)
{
    QTemporaryDir dir;
    const QString existing = TestSupport::writeFile(dir, QStringLiteral("old.csv"), "keep\n");
    const auto out = [&](const char *name) { return dir.filePath(QLatin1String(name)); };
    const QList<QStringList> bad{
        {"--compare", "BLR", "--out", out("one.csv")},
        {"--compare", "BLR,KAZ,ARM,AZE,GEO", "--out", out("five.csv")},
        {"--compare", "BLR,XYZ", "--out", out("xyz.csv")},
        {"--compare", "BLR,KAZ,blr", "--out", out("twice.csv")},
        {"--compare", "BLR,KAZ"},
        {"--compare", "BLR,KAZ", "--out", existing},
        {"--compare", "BLR,KAZ", "--out", out("chart.png")},
        {"--compare", "BLR,KAZ", "--out", out("sized.csv"), "--size", "800x600"},
        {"--compare", "BLR,KAZ", "--country", "ARM", "--out", out("country.csv")},
        // No source gives a position for the parties to the war: nothing to write.
        {"--compare", "RUS,UKR", "--out", out("parties.csv")},
    };
    for (const QStringList &arguments : bad) {
        const AppRun refused = runApp(arguments);
        EXPECT_NE(refused.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(refused.err.count('\n'), 1) << refused.err.toStdString();
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("old.csv")});
    const AppRun forced = runApp({QStringLiteral("--compare"), QStringLiteral("BLR,KAZ"),
                                  QStringLiteral("--out"), existing, QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0);
}

TEST(CommandLine, ExportChartNeedsAnImageFileNotAFolderOrStdout)
{
    QTemporaryDir dir;
    for (const QString &out :
         QStringList{dir.path(), dir.path() + QStringLiteral("/"), QStringLiteral("-")}) {
        const AppRun run = runApp({QStringLiteral("--export-chart"), QStringLiteral("unga-votes"),
                                   QStringLiteral("--out"), out});
        EXPECT_EQ(run.exitCode, 2) << out.toStdString();
        EXPECT_TRUE(run.err.contains("--out") || run.err.contains("--export-chart"))
            << run.err.toStdString();
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    EXPECT_FALSE(QFile::exists(dir.path() + QStringLiteral(".png")));
}

// --benchmark-startup opens the window (to time its first loaded paint); with a headless mode
// it is refused in one line rather than ignored.
TEST(CommandLine, BenchmarkStartupGoesWithTheWindowOnly)
{
    const ParseResult window =
        CommandLine::parse({QStringLiteral("pe"), QStringLiteral("--benchmark-startup")});
    EXPECT_TRUE(window.error.isEmpty());
    EXPECT_EQ(window.request.mode, Request::Mode::Window);
    EXPECT_TRUE(window.request.benchmarkStartup);
    EXPECT_FALSE(CommandLine::parse({QStringLiteral("pe")}).request.benchmarkStartup);
    const ParseResult headless =
        CommandLine::parse({QStringLiteral("pe"), QStringLiteral("--benchmark-startup"),
                            QStringLiteral("--export-model"), QStringLiteral("-")});
    EXPECT_TRUE(headless.error.contains(QStringLiteral("--benchmark-startup")));
}
