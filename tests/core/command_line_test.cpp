#include "cli/command_line.h"
#include "test_support.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

struct AppRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

AppRun runApp(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PE_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

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
    EXPECT_TRUE(CommandLine::parse(
                    {QStringLiteral("pe"), QStringLiteral("--corpus"), QStringLiteral("/no/such")})
                    .error.contains(QStringLiteral("/no/such")));
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
        EXPECT_TRUE(line.startsWith(QByteArray("warning: " + bad.toUtf8()))) << line.toStdString();
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
        EXPECT_EQ(run.err.count("warning: "), 4) << run.err.toStdString();
        EXPECT_TRUE(run.err.endsWith("error: no article could be loaded\n"))
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
        {QStringLiteral("--export-chart"), QStringLiteral("event-types"), QStringLiteral("--out"),
         out, QStringLiteral("--country"), QStringLiteral("EST")},
    };
    for (const QStringList &arguments : bad) {
        const AppRun run = runApp(arguments);
        EXPECT_NE(run.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}
