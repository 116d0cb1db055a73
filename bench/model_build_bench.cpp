// Benchmarks of the document model: building the built-in corpus's snapshot end to end.
#include "app/export/model_json_writer.h"
#include "app/model/document_model_builder.h"

#include <benchmark/benchmark.h>

static void BM_BuildBuiltinModel(benchmark::State &state)
{
    for (auto _ : state) {
        auto model = DocumentModelBuilder::build(CorpusOptions{});
        benchmark::DoNotOptimize(model);
    }
}
BENCHMARK(BM_BuildBuiltinModel)->Unit(benchmark::kMillisecond);

static void BM_ModelToJson(benchmark::State &state)
{
    const auto model = DocumentModelBuilder::build(CorpusOptions{});
    for (auto _ : state) {
        auto json = ModelJsonWriter::toJson(*model);
        benchmark::DoNotOptimize(json);
    }
}
BENCHMARK(BM_ModelToJson)->Unit(benchmark::kMillisecond);

// The ingest of the corpus folder named by PE_BENCH_CORPUS (read, decode, segment, mentions,
// dates, events, positions; no export), on every core as the app does it.
static void BM_IngestCorpus(benchmark::State &state)
{
    const QString folder = qEnvironmentVariable("PE_BENCH_CORPUS");
    if (folder.isEmpty()) {
        state.SkipWithError("PE_BENCH_CORPUS names no corpus folder");
        return;
    }
    for (auto _ : state) {
        auto model = DocumentModelBuilder::build(CorpusOptions(false, {folder}));
        benchmark::DoNotOptimize(model);
    }
}
BENCHMARK(BM_IngestCorpus)->Unit(benchmark::kMillisecond)->Iterations(1);
