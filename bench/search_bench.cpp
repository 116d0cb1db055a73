// Benchmark of a full-text query: over the corpus folder named by PE_BENCH_CORPUS (the 100 MB
// one scripts/bench.sh generates), else over the built-in articles. The index is made once,
// as the window makes it once per snapshot; each iteration is one query with the
// snippets of its first page of hits, as the window lists them.
#include "app/model/document_model_builder.h"
#include "app/search/article_search.h"

#include <benchmark/benchmark.h>

#include <memory>

namespace {

const ArticleSearch &search()
{
    static const std::unique_ptr<ArticleSearch> index = [] {
        const QString folder = qEnvironmentVariable("PE_BENCH_CORPUS");
        const CorpusOptions options =
            folder.isEmpty() ? CorpusOptions{} : CorpusOptions(false, {folder});
        return std::make_unique<ArticleSearch>(DocumentModelBuilder::build(options));
    }();
    return *index;
}

} // namespace

static void BM_SearchQuery(benchmark::State &state, const char *query)
{
    const ArticleSearch &index = search();
    qsizetype hits = 0;
    for (auto _ : state) {
        // the first page, as the window lists it
        const SearchResult result = index.find(QString::fromUtf8(query), ArticleSearch::kPageSize);
        hits = result.hits.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["hits"] = double(hits);
}
BENCHMARK_CAPTURE(BM_SearchQuery, word, "Lukashenko")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQuery, phrase, "\"humanitarian aid\"")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchQuery, prefix, "sanction*")->Unit(benchmark::kMillisecond);
