#include "cli/command_line.h"
#include "test_support.h"

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

AppRun runApp(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(PE_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST(CommandLine, ParsesCorpusFoldersAndExportModel) {
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

TEST(CommandLine, RejectsBadArgumentsWithOneLine) {
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

TEST(CommandLine, ExportsTheModelToStdoutWithoutADisplay) {
    const AppRun run = runApp({QStringLiteral("--export-model"), QStringLiteral("-")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_EQ(root.value(QLatin1String("schema")).toInt(), 1);
    EXPECT_EQ(root.value(QLatin1String("countries")).toArray().size(), 15);
}

TEST(CommandLine, BadArgumentExitsNonZeroWithOneLineOnStderr) {
    const AppRun run = runApp({QStringLiteral("--bogus")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(run.err.count('\n'), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("bogus"));
}

TEST(CommandLine, ProblemsGoToStderrAndAUsableCorpusExitsZero) {
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

TEST(CommandLine, NothingUsableExitsNonZero) {
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("empty.txt"), QByteArray());
    const AppRun run = runApp({QStringLiteral("--no-builtin"), QStringLiteral("--corpus"),
                               dir.path(), QStringLiteral("--summary")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("no article could be loaded"));
}

TEST(CommandLine, HelpAndVersion) {
    const AppRun help = runApp({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("--export-model"));
    const AppRun version = runApp({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("position-explorer "));
}
