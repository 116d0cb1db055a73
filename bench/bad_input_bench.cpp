// Benchmarks of hostile inputs whose cost once grew faster than their size: a 5 MB line of a
// pasted web page (dates and references matched against every one before them: 14 minutes),
// manifests and codebooks of 200 MB (read whole before being refused) and one line of 200,000
// dates. The test suite checks what these inputs load to; here their time is measured.
#include "app/corpus/date_parser.h"
#include "app/model/document_model_builder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

// "<td>On 2 March 2022 Kazakhstan abstained; Belarus voted against.</td> " repeated up to
// `bytes`: the one-line web page of the catalogue of bad inputs.
QByteArray oneLinePage(qsizetype bytes)
{
    QByteArray line;
    while (line.size() < bytes)
        line += "<td>On 2 March 2022 Kazakhstan abstained; Belarus voted against.</td> ";
    return line;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A sparse file of `bytes` (no disk is spent on it).
bool writeSparse(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(bytes);
}

} // namespace

// Loading a folder with one long line of `state.range(0)` KB: linear in the line's length.
static void BM_LoadOneLongLine(benchmark::State &state)
{
    QTemporaryDir dir;
    if (!writeFile(dir.filePath(QStringLiteral("one-long-line.txt")),
                   oneLinePage(state.range(0) * 1024))) {
        state.SkipWithError("cannot write the input");
        return;
    }
    for (auto _ : state) {
        auto model = DocumentModelBuilder::build({false, {dir.path()}});
        benchmark::DoNotOptimize(model);
    }
    state.SetBytesProcessed(state.iterations() * state.range(0) * 1024);
}
BENCHMARK(BM_LoadOneLongLine)->Arg(300)->Arg(600)->Arg(5 * 1024)->Unit(benchmark::kMillisecond);

// A 200 MB manifest.json or codebook.json is refused from its size, before a byte is read.
static void BM_RefuseOversizedJson(benchmark::State &state)
{
    const QString name =
        state.range(0) == 0 ? QStringLiteral("manifest.json") : QStringLiteral("codebook.json");
    state.SetLabel(name.toStdString());
    QTemporaryDir dir;
    if (!writeFile(dir.filePath(QStringLiteral("good.txt")),
                   "On 2 March 2022 Kazakhstan abstained.\n") ||
        !writeSparse(dir.filePath(name), 200LL * 1024 * 1024)) {
        state.SkipWithError("cannot write the input");
        return;
    }
    for (auto _ : state) {
        auto model = DocumentModelBuilder::build({false, {dir.path()}});
        benchmark::DoNotOptimize(model);
    }
}
BENCHMARK(BM_RefuseOversizedJson)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// One line of `state.range(0)` repetitions of two dates: once quadratic in the dates found.
static void BM_DatesInOneLine(benchmark::State &state)
{
    QString line;
    for (int i = 0; i < state.range(0); ++i)
        line += QStringLiteral("On 2 March 2022 and in March 2022, a vote. ");
    const DateParser parser(2022);
    for (auto _ : state) {
        auto dates = parser.find(line);
        benchmark::DoNotOptimize(dates);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0) * 2);
}
BENCHMARK(BM_DatesInOneLine)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
