// Replays through the fuzzing harness every input a fuzzer ever crashed on (kept in
// tests/data/fuzz/TARGET/), and the seeds the fuzzers start from, so a fixed crash stays fixed
// in the normal suite and not only under libFuzzer.
#include "fuzz_harness.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <functional>

namespace {

using Harness = std::function<QString(const QByteArray &)>;

int replayFolder(const QString &folder, const Harness &harness)
{
    int replayed = 0;
    const QDir dir(folder);
    EXPECT_TRUE(dir.exists()) << folder.toStdString();
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        EXPECT_EQ(harness(file.readAll()), QString()) << name.toStdString();
        ++replayed;
    }
    return replayed;
}

const QString kSource = QStringLiteral(PE_SOURCE_DIR);

} // namespace

TEST(FuzzRegression, CrashInputsOfEveryTargetRunClean)
{
    // The inputs kept for each target (tests/data/fuzz/TARGET/): what once broke a loader (a
    // text cut off by NUL bytes, lone-CR line ends, a line of thousands of dates, a wrong
    // manifest date) and edges of each format.
    const struct {
        const char *name;
        Harness harness;
        int kept;
    } targets[] = {{"article", FuzzHarness::article, 4},   {"dates", FuzzHarness::dates, 4},
                   {"manifest", FuzzHarness::manifest, 3}, {"codebook", FuzzHarness::codebook, 2},
                   {"import", FuzzHarness::import, 4},     {"query", FuzzHarness::query, 3}};
    for (const auto &target : targets) {
        const QString folder = kSource + QStringLiteral("/tests/data/fuzz/") + target.name;
        EXPECT_EQ(replayFolder(folder, target.harness), target.kept) << target.name;
    }
}

TEST(FuzzRegression, SeedsRunClean)
{
    EXPECT_EQ(replayFolder(kSource + QStringLiteral("/resources/corpus"), FuzzHarness::article), 6);
    QFile manifest(kSource + QStringLiteral("/resources/corpus/manifest.json"));
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
    EXPECT_EQ(FuzzHarness::manifest(manifest.readAll()), QString());
    QFile codebook(kSource + QStringLiteral("/resources/codebook.json"));
    ASSERT_TRUE(codebook.open(QIODevice::ReadOnly));
    EXPECT_EQ(FuzzHarness::codebook(codebook.readAll()), QString());
    EXPECT_EQ(FuzzHarness::dates("\x01On February 24-28, 2022 and 30 February"), QString());
}

TEST(FuzzRegression, TheBadInputCatalogueRunsClean)
{
    EXPECT_GT(
        replayFolder(kSource + QStringLiteral("/tests/data/bad/articles"), FuzzHarness::article),
        10);
    const QString json = kSource + QStringLiteral("/tests/data/bad/json");
    EXPECT_GT(replayFolder(json, FuzzHarness::manifest), 5);
    EXPECT_GT(replayFolder(json, FuzzHarness::codebook), 5);
}
