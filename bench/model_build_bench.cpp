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
