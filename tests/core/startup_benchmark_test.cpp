// position-explorer --benchmark-startup: the whole process, as scripts/bench.sh runs it. It
// prints the milliseconds to the first loaded paint and quits, leaving the user's settings as
// they were (the window it measures saves its state on every other close, and a start may
// write them).
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST(StartupBenchmark, PrintsTheTimeToTheFirstPaintAndLeavesTheSettingsAsTheyWere)
{
    QTemporaryDir config;
    const QString folder = config.filePath(QStringLiteral("Position Explorer"));
    ASSERT_TRUE(QDir().mkpath(folder));
    // A user's settings: the Sources tab, the dark theme, Kazakhstan selected, and a library
    // opened last that is gone (a start forgets it).
    const QByteArray settings = "[library]\npath=/nonexistent/gone.sqlite\n\n[selection]\n"
                                "country=KAZ\n\n[window]\ntab=2\ntheme=dark\n";
    const QString path = folder + QStringLiteral("/Position Explorer.conf");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(settings);
    file.close();

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const TestSupport::AppRun run =
        TestSupport::runApp({QStringLiteral("--benchmark-startup")}, environment);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    bool number = false;
    EXPECT_GT(run.out.trimmed().toInt(&number), 0);
    EXPECT_TRUE(number) << run.out.toStdString();

    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), settings);
}

TEST(StartupBenchmark, ADamagedSettingsFileStaysAsItWasAndNothingIsLeftBehind)
{
    QTemporaryDir config;
    QTemporaryDir temporary; // the run's own temporary folder, to see what it leaves there
    QTemporaryDir runtime;   // Qt's runtime folder elsewhere (unset, Qt makes one in TMPDIR)
    const QString folder = config.filePath(QStringLiteral("Position Explorer"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QByteArray damaged("[window\ntab=\x01\xff\xfe=\n[[[", 20);
    QFile file(folder + QStringLiteral("/Position Explorer.conf"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(damaged);
    file.close();

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("TMPDIR"), temporary.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const TestSupport::AppRun run =
        TestSupport::runApp({QStringLiteral("--benchmark-startup")}, environment);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), damaged);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files), QStringList{file.fileName().section('/', -1)});
    EXPECT_TRUE(
        QDir(temporary.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

TEST(StartupBenchmark, WithoutATemporaryFolderItSaysSoAndOpensNoWindow)
{
    QTemporaryDir config;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    // A folder where nobody, not even root, can make one (a missing one reads as the root).
    environment.insert(QStringLiteral("TMPDIR"), QStringLiteral("/proc"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const TestSupport::AppRun run =
        TestSupport::runApp({QStringLiteral("--benchmark-startup")}, environment);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains("copy of the settings")) << run.err.toStdString();
}
