// Benchmarks of the ingest's hot stages, each over one megabyte of article text made from the
// built-in articles' lines (recombined, fixed seed): decode, segment, mentions, dates, events
// and positions. Google Benchmark reports each as bytes per second, so stages compare per MB.
#include "app/codebook/dimensions.h"
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "app/corpus/date_parser.h"
#include "app/corpus/text_decoder.h"
#include "app/corpus/text_structure.h"
#include "app/extract/event_classifier.h"
#include "app/extract/event_extractor.h"
#include "app/extract/gazetteer.h"
#include "app/extract/mention_finder.h"
#include "app/model/document_model_builder.h"
#include "app/positions/position_builder.h"

#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <random>

namespace {

constexpr qsizetype kArticleBytes = 5 * 1024;
constexpr qsizetype kCorpusBytes = 1024 * 1024;

// About a megabyte of UTF-8 articles of ~5 KB, each opening with a dateline, as a library's.
const QVector<QByteArray> &articleBytes()
{
    static const QVector<QByteArray> articles = [] {
        QVector<QByteArray> lines;
        for (const QString &name : QDir(QStringLiteral(":/corpus")).entryList({"*.txt"})) {
            QFile file(QStringLiteral(":/corpus/") + name);
            if (file.open(QIODevice::ReadOnly))
                lines += file.readAll().split('\n');
        }
        lines.removeIf([](const QByteArray &l) { return l.trimmed().size() < 40; });
        std::mt19937 random(20220224);
        std::uniform_int_distribution<qsizetype> pick(0, lines.size() - 1);
        QVector<QByteArray> result;
        for (qsizetype total = 0; total < kCorpusBytes;) {
            QByteArray text = "Published 2 March 2022.\n\n";
            while (text.size() < kArticleBytes)
                text += lines.at(pick(random)) + "\n\n";
            total += text.size();
            result.append(text);
        }
        return result;
    }();
    return articles;
}

qint64 totalBytes()
{
    qint64 n = 0;
    for (const QByteArray &a : articleBytes())
        n += a.size();
    return n;
}

struct Stages {
    Problems problems;
    BoilerplateRules rules = BoilerplateRules::builtin(&problems);
    Gazetteer gazetteer = Gazetteer::builtin(&problems);
    EventClassifier classifier = EventClassifier::builtin(&problems);
};

const Stages &stages()
{
    static const Stages s;
    return s;
}

// The articles as the corpus loader makes them (decoded, segmented, metadata detected).
const QVector<Article> &articles()
{
    static const QVector<Article> loaded = [] {
        QVector<Article> result;
        const CorpusLoader loader(stages().rules);
        int n = 0;
        for (const QByteArray &bytes : articleBytes()) {
            const QString file = QStringLiteral("a%1.txt").arg(n++);
            // Opened once, as the extraction opens each article once: the stages after it are
            // timed without making the text again.
            result.append(
                loader.makeArticle(*TextDecoder::decode(bytes, file).text, file, nullptr, false)
                    .opened());
        }
        return result;
    }();
    return loaded;
}

void perMegabyte(benchmark::State &state)
{
    state.SetBytesProcessed(state.iterations() * totalBytes());
}

} // namespace

static void BM_StageDecode(benchmark::State &state)
{
    for (auto _ : state) {
        for (const QByteArray &bytes : articleBytes())
            benchmark::DoNotOptimize(TextDecoder::decode(bytes, QStringLiteral("a.txt")));
    }
    perMegabyte(state);
}
BENCHMARK(BM_StageDecode)->Unit(benchmark::kMillisecond);

static void BM_StageSegment(benchmark::State &state)
{
    const TextStructure structure(stages().rules);
    for (auto _ : state) {
        for (const Article &a : articles()) {
            Article fresh;
            fresh.text = a.text;
            structure.analyse(fresh);
            benchmark::DoNotOptimize(fresh.sentences);
        }
    }
    perMegabyte(state);
}
BENCHMARK(BM_StageSegment)->Unit(benchmark::kMillisecond);

static void BM_StageMentions(benchmark::State &state)
{
    const MentionFinder finder(stages().gazetteer);
    for (auto _ : state) {
        for (const Article &a : articles())
            benchmark::DoNotOptimize(finder.find(a));
    }
    perMegabyte(state);
}
BENCHMARK(BM_StageMentions)->Unit(benchmark::kMillisecond);

static void BM_StageDates(benchmark::State &state)
{
    for (auto _ : state) {
        for (const Article &a : articles())
            benchmark::DoNotOptimize(
                DateParser(a.contextYear(), a.meta.published).find(a.text.toString()));
    }
    perMegabyte(state);
}
BENCHMARK(BM_StageDates)->Unit(benchmark::kMillisecond);

static void BM_StageEvents(benchmark::State &state)
{
    const MentionFinder finder(stages().gazetteer);
    QVector<QVector<Mention>> mentions;
    for (const Article &a : articles())
        mentions.append(finder.find(a));
    const EventExtractor extractor(stages().gazetteer, stages().classifier);
    for (auto _ : state) {
        for (qsizetype i = 0; i < articles().size(); ++i)
            benchmark::DoNotOptimize(extractor.extract(articles().at(i), mentions.at(i)));
    }
    perMegabyte(state);
}
BENCHMARK(BM_StageEvents)->Unit(benchmark::kMillisecond);

// Positions rest on claims, not on the text: the built-in codebook's claims, once per
// megabyte's worth of articles is not meaningful, so this one is per build of the claims.
static void BM_StagePositions(benchmark::State &state)
{
    const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions{});
    QStringList countries;
    for (const Entity *e : model->countries())
        countries.append(e->id);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            PositionBuilder::build(model->claims, countries, model->dimensions));
    state.SetItemsProcessed(state.iterations() * model->claims.size());
}
BENCHMARK(BM_StagePositions)->Unit(benchmark::kMicrosecond);
