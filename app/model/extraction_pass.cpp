#include "app/model/extraction_pass.h"

#include "app/corpus/date_text.h"
#include "app/corpus/freed_memory.h"
#include "app/corpus/parallel_map.h"
#include "app/extract/on_demand_extractor.h"
#include "app/library/extraction_cache.h"
#include "app/model/builtin_extractions.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace ExtractionPass {

namespace {

// The kept extractions of a build: per article, the key its record is kept in the library under
// (empty for an article outside the library) and the record found (empty when none).
struct KeptExtractions {
    QVector<QByteArray> keys;
    // Each dropped once read (a big library's records are a fifth of its text); a std::vector,
    // whose elements the extraction's threads can each drop without detaching the list.
    std::vector<QByteArray> records;
    bool keepNew = false; // the library can be written: new records are made and kept
};

// What extraction gives for one article.
struct Outcome {
    ArticleExtraction found;
    QByteArray record;        // a library article's, when extracted anew
    bool fromLibrary = false; // read from the library's kept extractions
    bool fromProgram = false; // read from the records made with the program
};

// Keeps the fresh records of the articles from `first` on in the library, taking them out of
// `results`. A write that fails is told once (its error is returned, the articles are extracted
// again next time). (A library that cannot be written makes none: its read-only state is told
// where it is opened.)
QString keepExtractions(const DocumentModel &model, const LibraryDatabase &library,
                        const KeptExtractions &kept, qsizetype first, QVector<Outcome> &results)
{
    QVector<ExtractionCache::Record> records;
    for (qsizetype j = 0; j < results.size(); ++j) {
        if (QByteArray record = std::exchange(results[j].record, {}); !record.isEmpty())
            records.append(
                {kept.keys.at(first + j), model.articles.at(first + j).sha256, std::move(record)});
    }
    QString error;
    if (!records.isEmpty() && !ExtractionCache::store(library, records, &error) && error.isEmpty())
        error = QStringLiteral("the library could not be written");
    return error;
}

// Extracts every article without a kept record, or whose record no longer fits it; steps
// `from`..`from + count` of the progress. The records of the articles extracted anew are kept
// in `library` (when given) `batch` articles at a time, and dropped, before the events join the
// model's list. False when the monitor asked to stop.
bool extract(DocumentModel &model, const LoadMonitor &monitor, int threads, ProgressSteps steps,
             KeptExtractions &kept, const LibraryDatabase *library, qsizetype batch)
{
    OnDemandExtractor extractor(model.gazetteer);
    const QVector<Article> &articles = model.articles;
    auto extractOne = [&](qsizetype i) {
        const Article &article = articles.at(i);
        Outcome outcome;
        if (const QByteArray record = std::exchange(kept.records[size_t(i)], {});
            !record.isEmpty()) {
            if (auto found = ArticleExtraction::decode(record, article)) {
                outcome.found = std::move(*found);
                outcome.fromLibrary = !article.library.isEmpty();
                outcome.fromProgram = article.builtin;
                return outcome;
            }
        }
        outcome.found = extractor.extract(article);
        if (kept.keepNew && !kept.keys.value(i).isEmpty())
            outcome.record = outcome.found.encode();
        return outcome;
    };
    const qsizetype n = articles.size();
    const auto step = [&](qsizetype at) { return steps.from + int(at * steps.count / qMax(n, 1)); };
    QVector<Outcome> results;
    results.reserve(n);
    QString storeError;
    for (qsizetype first = 0; first < n; first += qMax<qsizetype>(batch, 1)) {
        const qsizetype count = qMin(qMax<qsizetype>(batch, 1), n - first);
        std::optional<QVector<Outcome>> done = ParallelMap::inOrder<Outcome>(
            count, [&](qsizetype j) { return extractOne(first + j); }, threads, monitor,
            step(first), step(first + count) - step(first), steps.total);
        if (!done) {
            model.problems += extractor.problems();
            return false;
        }
        if (library && storeError.isEmpty())
            storeError = keepExtractions(model, *library, kept, first, *done);
        for (Outcome &o : *done)
            results.append(std::move(o));
    }
    model.problems += extractor.problems();
    for (const Outcome &o : results)
        model.problems += o.found.undatedYear;
    for (const Outcome &o : results)
        model.problems += o.found.impossibleDates;
    if (!storeError.isEmpty())
        model.problems.append({library->path(), 0,
                               QStringLiteral("what was found in its articles could not be kept "
                                              "(%1); they are read again at the next opening")
                                   .arg(storeError)});
    FreedMemory::giveBack(); // the records read and stored: 11 MB less at the peak of 100 MB
    // Room for every event at once: a list grown while a big library's events are appended held
    // the old and the new copy at the peak of the whole build.
    qsizetype eventCount = model.events.size();
    for (const Outcome &o : results)
        eventCount += o.found.events.size();
    model.events.reserve(eventCount);
    model.mentions.reserve(results.size());
    for (Outcome &o : results) {
        model.mentions.append(std::move(o.found.mentions));
        model.events += std::move(o.found.events);
        o.found.events = {}; // its moved-from events' room, freed now rather than after the sort
        model.articlesFromCache += o.fromLibrary;
        model.builtinFromRecords += o.fromProgram;
    }
    results = {};
    // By start, then end (DateText::sortKey, the events table's order): a table of a country's
    // events then has nothing to sort, where events of one start and different ends (a day, the
    // month it is in) made it sort 100,000 events of a big library at each change of country.
    std::stable_sort(model.events.begin(), model.events.end(), [](const Event &a, const Event &b) {
        return DateText::sortKey(a.date) < DateText::sortKey(b.date);
    });
    return true;
}

// Per article, the record kept of its extraction: a built-in article's among those made with the
// program, a library article's in the library (under the key a fresh record is kept under).
KeptExtractions keptExtractions(DocumentModel &model, const LibraryDatabase *library)
{
    KeptExtractions kept;
    kept.keepNew = library && !library->readOnly();
    kept.keys.resize(model.articles.size());
    kept.records.resize(size_t(model.articles.size()));
    const QHash<QByteArray, QByteArray> &builtin = BuiltinExtractions::embedded();
    for (qsizetype i = 0; i < model.articles.size(); ++i) {
        const Article &article = model.articles.at(i);
        if (article.builtin && !builtin.isEmpty())
            kept.records[size_t(i)] = builtin.value(BuiltinExtractions::key(article));
    }
    if (!library)
        return kept;
    const QByteArray build = ExtractionCache::buildIdentity();
    for (qsizetype i = 0; i < model.articles.size(); ++i) {
        if (!model.articles.at(i).library.isEmpty())
            kept.keys[i] = ExtractionCache::key(model.articles.at(i), build);
    }
    QString error;
    const auto records = ExtractionCache::load(*library, &error);
    if (!records) {
        model.problems.append({library->path(), 0, error});
        return kept;
    }
    for (qsizetype i = 0; i < model.articles.size(); ++i) {
        if (!kept.keys.at(i).isEmpty())
            kept.records[size_t(i)] = records->value(kept.keys.at(i));
    }
    return kept;
}

} // namespace

bool run(DocumentModel &model, const LibraryDatabase *library, const LoadMonitor &monitor,
         int threads, ProgressSteps steps, qsizetype batch)
{
    KeptExtractions kept = keptExtractions(model, library);
    return extract(model, monitor, threads, steps, kept, library, batch);
}

} // namespace ExtractionPass
