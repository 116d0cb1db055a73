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
