#include "app/model/document_loader.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

// A folder of `count` small articles, each a different text.
void writeArticles(const QTemporaryDir &dir, int count)
{
    for (int i = 0; i < count; ++i)
        TestSupport::writeFile(dir, QStringLiteral("a%1.txt").arg(i),
                               QStringLiteral("Report %1\n\nOn 2 March 2022, Kazakhstan abstained "
                                              "in vote %1.\n")
                                   .arg(i)
                                   .toUtf8());
}

} // namespace

TEST(DocumentModelBuilder, ReportsProgressStepByStepUpToTheTotal)
{
    QVector<std::pair<int, int>> steps;
    LoadMonitor monitor;
    monitor.progress = [&](int done, int total) { steps.append({done, total}); };
    const auto model = DocumentModelBuilder::build(CorpusOptions{}, monitor);
    ASSERT_NE(model, nullptr);
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.first(), std::make_pair(0, 10)); // five built-in files, two steps each
    EXPECT_EQ(steps.last(), std::make_pair(10, 10));
    for (qsizetype i = 1; i < steps.size(); ++i)
        EXPECT_GE(steps.at(i).first, steps.at(i - 1).first);
}

TEST(DocumentModelBuilder, StopsBetweenFilesWhenCancelled)
{
    QTemporaryDir dir;
    writeArticles(dir, 20);
    int lastDone = 0;
    LoadMonitor monitor;
    monitor.progress = [&](int done, int) { lastDone = done; };
    monitor.cancelled = [&] { return lastDone >= 3; };
    CorpusOptions options(false, {dir.path()});
    options.threads = 1; // on one thread, files are read one after another
    EXPECT_EQ(DocumentModelBuilder::build(options, monitor), nullptr);
    EXPECT_EQ(lastDone, 3); // no file was read after the request
}

TEST(DocumentLoader, HandsBackTheSnapshotWithProgress)
{
    DocumentLoader loader;
    QSignalSpy loaded(&loader, &DocumentLoader::loaded);
    QSignalSpy progress(&loader, &DocumentLoader::progress);
    loader.load(CorpusOptions{});
    EXPECT_TRUE(loader.isLoading());
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_FALSE(loader.isLoading());
    EXPECT_EQ(loaded.first().first().value<DocumentModelPtr>()->articles.size(), 5);
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), progress.last().at(1).toInt());
}

TEST(DocumentLoader, CancelHandsBackNothingAndKeepsTheShownOptions)
{
    QTemporaryDir dir;
    writeArticles(dir, 30);
    DocumentLoader loader;
    QSignalSpy loaded(&loader, &DocumentLoader::loaded);
    QSignalSpy cancelled(&loader, &DocumentLoader::cancelled);
    loader.load(CorpusOptions{});
    ASSERT_TRUE(loaded.wait(20000));

    loader.load({true, {dir.path()}});
    loader.cancel();
    ASSERT_TRUE(cancelled.wait(20000));
    QCoreApplication::processEvents();
    EXPECT_EQ(loaded.size(), 1); // the cancelled load handed back nothing
    EXPECT_FALSE(loader.isLoading());
    EXPECT_TRUE(loader.options().folders.isEmpty()); // a reload reads what is shown
}

TEST(DocumentLoader, ANewerLoadSupersedesTheRunningOne)
{
    QTemporaryDir dir;
    writeArticles(dir, 3);
    DocumentLoader loader;
    QSignalSpy loaded(&loader, &DocumentLoader::loaded);
    QSignalSpy cancelled(&loader, &DocumentLoader::cancelled);
    loader.load(CorpusOptions{});
    loader.load({false, {dir.path()}});
    ASSERT_TRUE(loaded.wait(20000));
    QCoreApplication::processEvents();
    EXPECT_EQ(loaded.size(), 1);
    EXPECT_TRUE(cancelled.isEmpty());
    EXPECT_EQ(loaded.first().first().value<DocumentModelPtr>()->articles.size(), 3);
}
