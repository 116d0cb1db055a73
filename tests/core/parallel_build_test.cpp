#include "app/export/model_json_writer.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <random>

namespace {

// The built-in articles' lines, recombined at random (fixed seed) into `count` files of a
// folder, as a user's library of related articles would be. Every tenth file repeats an
// earlier one (a duplicate to leave out) and names repeat across the two folders (ids to make
// unique): the cases whose outcome depends on the order files join the corpus.
void writeRecombined(const QTemporaryDir &first, const QTemporaryDir &second, int count)
{
    QStringList lines;
    for (const QString &name : QDir(QStringLiteral(":/corpus")).entryList({"*.txt"})) {
        QFile file(QStringLiteral(":/corpus/") + name);
        if (file.open(QIODevice::ReadOnly))
            lines += QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    ASSERT_GT(lines.size(), 100);
    std::mt19937 random(7);
    std::uniform_int_distribution<qsizetype> pick(0, lines.size() - 1);
    QVector<QByteArray> texts;
    for (int i = 0; i < count; ++i) {
        QByteArray text = "Published " + QByteArray::number(1 + i % 28) + " March 2022.\n\n";
        for (int l = 0; l < 12; ++l)
            text += lines.at(pick(random)).toUtf8() + "\n\n";
        texts.append(i % 10 == 9 ? texts.at(i / 2) : text);
        const QTemporaryDir &dir = i % 2 ? second : first;
        TestSupport::writeFile(dir, QStringLiteral("a%1.txt").arg(i / 2), texts.last());
    }
}

QByteArray modelJson(const CorpusOptions &options)
{
    const DocumentModelPtr model = DocumentModelBuilder::build(options);
    return model ? QJsonDocument(ModelJsonWriter::toJson(*model)).toJson() : QByteArray();
}

} // namespace

TEST(ParallelBuild, GivesTheSameModelOnAnyNumberOfThreads)
{
    QTemporaryDir first;
    QTemporaryDir second;
    writeRecombined(first, second, 80);
    CorpusOptions options(true, {first.path(), second.path()});
    options.threads = 1;
    const QByteArray oneThread = modelJson(options);
    ASSERT_FALSE(oneThread.isEmpty());
    // The cases the order decides are really there: duplicates left out, ids made unique.
    EXPECT_TRUE(oneThread.contains("it is not loaded twice"));
    EXPECT_TRUE(oneThread.contains("\"id\": \"a3-2\""));
    for (const int threads : {2, 3, 8}) {
        options.threads = threads;
        EXPECT_EQ(modelJson(options), oneThread) << threads << " threads";
    }
}

TEST(ParallelBuild, StopsWhenCancelledWhileThreadsRead)
{
    QTemporaryDir first;
    QTemporaryDir second;
    writeRecombined(first, second, 200);
    CorpusOptions options(false, {first.path(), second.path()});
    options.threads = 2;
    int lastDone = -1;
    int total = 0;
    LoadMonitor monitor;
    monitor.progress = [&](int done, int all) {
        lastDone = done;
        total = all;
    };
    monitor.cancelled = [&] { return lastDone >= 0; }; // as soon as the reading has begun
    EXPECT_EQ(DocumentModelBuilder::build(options, monitor), nullptr);
    EXPECT_LT(lastDone, total); // the extraction never ran to its end
}
