#include "app/model/document_model_builder.h"

#include "app/codebook/codebook_loader.h"
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/date_text.h"
#include "app/corpus/parallel_map.h"
#include "app/extract/article_extraction.h"
#include "app/extract/event_classifier.h"
#include "app/library/extraction_cache.h"
#include "app/library/library_claims.h"
#include "app/library/library_import.h"
#include "app/model/coded_claims.h"
#include "app/positions/claim_dating.h"
#include "app/positions/independent_sources.h"
#include "app/positions/position_builder.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>

namespace {

// The kept extractions of a build: per article, the key its record is kept under (empty for an
// article outside the library) and the record found (empty when none).
struct KeptExtractions {
    QVector<QByteArray> keys;
    QVector<QByteArray> records;
    bool keepNew = false; // the library can be written: new records are made and kept
};

// Extracts every article without a kept record, or whose record no longer fits it; steps
// `from`..`from + count` of the progress. `fresh` receives the record of each article extracted
// anew that is to be kept. False when the monitor asked to stop.
bool extract(DocumentModel &model, const EventClassifier &classifier, const LoadMonitor &monitor,
             int threads, int from, int count, int total, const KeptExtractions &kept,
             QVector<QByteArray> *fresh)
{
    const MentionFinder finder(model.gazetteer);
    const EventExtractor extractor(model.gazetteer, classifier);
    const QVector<Article> &articles = model.articles;
    struct Outcome {
        ArticleExtraction found;
        QByteArray record; // a library article's, when extracted anew
        bool fromCache = false;
    };
    auto extractOne = [&](qsizetype i) {
        const Article &article = articles.at(i);
        Outcome outcome;
        if (!kept.records.value(i).isEmpty()) {
            if (auto found = ArticleExtraction::decode(kept.records.at(i), article)) {
                outcome.found = std::move(*found);
                outcome.fromCache = true;
                return outcome;
            }
        }
        outcome.found =
            ArticleExtraction::of(article, finder, extractor, model.gazetteer.referenceYear());
        if (kept.keepNew && !kept.keys.value(i).isEmpty())
            outcome.record = outcome.found.encode();
        return outcome;
    };
    std::optional<QVector<Outcome>> results = ParallelMap::inOrder<Outcome>(
        articles.size(), extractOne, threads, monitor, from, count, total);
    if (!results)
        return false;
    for (const Outcome &o : *results)
        model.problems += o.found.undatedYear;
    for (const Outcome &o : *results)
        model.problems += o.found.impossibleDates;
    // Room for every event at once: a list grown while a big library's events are appended held
    // the old and the new copy at the peak of the whole build.
    qsizetype eventCount = model.events.size();
    for (const Outcome &o : *results)
        eventCount += o.found.events.size();
    model.events.reserve(eventCount);
    model.mentions.reserve(results->size());
    fresh->resize(results->size());
    for (qsizetype i = 0; i < results->size(); ++i) {
        Outcome &o = (*results)[i];
        model.mentions.append(std::move(o.found.mentions));
        model.events += std::move(o.found.events);
        o.found.events = {}; // its moved-from events' room, freed now rather than after the sort
        (*fresh)[i] = std::move(o.record);
        model.articlesFromCache += o.fromCache;
    }
    results.reset();
    // By start, then end (DateText::sortKey, the events table's order): a table of a country's
    // events then has nothing to sort, where events of one start and different ends (a day, the
    // month it is in) made it sort 100,000 events of a big library at each change of country.
    std::stable_sort(model.events.begin(), model.events.end(), [](const Event &a, const Event &b) {
        return DateText::sortKey(a.date) < DateText::sortKey(b.date);
    });
    return true;
}

// The library's articles' keys, and the records kept under them.
KeptExtractions keptExtractions(DocumentModel &model, const LibraryDatabase &library)
{
    KeptExtractions kept;
    kept.keepNew = !library.readOnly();
    kept.keys.resize(model.articles.size());
    kept.records.resize(model.articles.size());
    const QByteArray build = ExtractionCache::buildIdentity();
    for (qsizetype i = 0; i < model.articles.size(); ++i) {
        if (!model.articles.at(i).library.isEmpty())
            kept.keys[i] = ExtractionCache::key(model.articles.at(i), build);
    }
    QString error;
    const auto records = ExtractionCache::load(library, &error);
    if (!records) {
        model.problems.append({library.path(), 0, error});
        return kept;
    }
    for (qsizetype i = 0; i < model.articles.size(); ++i) {
        if (!kept.keys.at(i).isEmpty())
            kept.records[i] = records->value(kept.keys.at(i));
    }
    return kept;
}

// Keeps the fresh records in the library; a write that fails is told, and the articles are
// extracted again next time. (A library that cannot be written makes none: its read-only state
// is told where it is opened.)
void keepExtractions(DocumentModel &model, const LibraryDatabase &library,
                     const KeptExtractions &kept, const QVector<QByteArray> &fresh)
{
    QVector<ExtractionCache::Record> records;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (!fresh.at(i).isEmpty())
            records.append({kept.keys.at(i), model.articles.at(i).sha256, fresh.at(i)});
    }
    if (records.isEmpty())
        return;
    if (QString error; !ExtractionCache::store(library, records, &error))
        model.problems.append({library.path(), 0,
                               QStringLiteral("what was found in its articles could not be kept "
                                              "(%1); they are read again at the next opening")
                                   .arg(error)});
}

void readClaims(DocumentModel &model, const CorpusOptions &options)
{
    const CodebookLoader loader(model.gazetteer, model.articles, model.dimensions);
    if (options.builtin)
        model.everyClaim += loader.loadFile(QStringLiteral(":/codebook.json"),
                                            QStringLiteral("codebook.json"), &model.problems);
    for (const QString &folder : options.folders) {
        const QString path = QDir(folder).filePath(QStringLiteral("codebook.json"));
        if (!QFileInfo::exists(path))
            continue;
        // A folder's codebook cites its own articles by the ids the folder gives them.
        QHash<QString, QString> ownIds;
        for (const Article &a : model.articles) {
            if (!a.builtin && a.folder == QFileInfo(folder).absoluteFilePath())
                ownIds.insert(a.localId, a.id);
        }
        model.everyClaim += loader.loadFile(path, path, &model.problems, ownIds);
    }
}

// The library's articles join the corpus; one whose text is already loaded is left out.
void addLibrary(DocumentModel &model, const LibraryDatabase &library, const BoilerplateRules &rules,
                int threads)
{
    QSet<QString> ids;
    QSet<QByteArray> texts;
    for (const Article &a : model.articles) {
        ids.insert(a.id);
        texts.insert(a.sha256);
    }
    for (Article &article :
         LibraryImport::articles(library, CorpusLoader(rules), &model.problems, threads)) {
        if (texts.contains(article.sha256)) {
            model.problems.append({article.shownPath(), 0,
                                   QStringLiteral("has the same text as an article already "
                                                  "loaded; it is not loaded twice")});
            continue;
        }
        for (int n = 2; ids.contains(article.id); ++n)
            article.id = article.localId + QLatin1Char('-') + QString::number(n);
        ids.insert(article.id);
        texts.insert(article.sha256);
        model.articles.append(std::move(article));
    }
}

// The analyst's own dimensions join the built-in ones; one whose id is taken is reported.
void addOwnDimensions(DocumentModel &model, const LibraryDatabase &library)
{
    QString error;
    const auto own = LibraryClaims::dimensions(library, &error);
    if (!own) {
        model.problems.append({library.path(), 0, error});
        return;
    }
    for (const Dimension &d : *own) {
        if (const QString why = model.dimensions.check(d); !why.isEmpty())
            model.problems.append(
                {library.path(), 0,
                 QStringLiteral("dimension \"%1\" is not used: %2").arg(d.id, why)});
        else
            model.dimensions.add(d);
    }
}

// The claims coded in the library, placed on the model's articles; problems at the end.
void addCodedClaims(DocumentModel &model, const LibraryDatabase &library)
{
    Problems problems;
    QString error;
    if (const auto stored = LibraryClaims::all(library, &error))
        model.everyClaim += CodedClaims::place(*stored, model, library.path(), &problems);
    else
        problems.append({library.path(), 0, error});
    model.problems += problems;
    model.codingProblemCount = int(problems.size());
}

// Dates every claim and builds the positions from those the filter admits.
void buildPositions(DocumentModel &model, const ClaimFilter &filter)
{
    model.claimFilter = filter;
    model.claims.clear();
    for (const Claim &c : model.everyClaim) {
        if (filter.admits(c))
            model.claims.append(c);
    }
    QStringList countries;
    for (const Entity *e : model.countries())
        countries.append(e->id);
    IndependentSources::mark(model.claims, model.articles);
    model.positions = PositionBuilder::build(model.claims, countries, model.dimensions);
}

} // namespace

DocumentModelPtr DocumentModelBuilder::recode(const DocumentModel &shown,
                                              const LibraryDatabase &library)
{
    auto model = std::make_shared<DocumentModel>(shown);
    model->problems.resize(model->problems.size() - model->codingProblemCount);
    model->codingProblemCount = 0;
    model->everyClaim.removeIf([](const Claim &c) { return !c.isCurated(); });
    model->dimensions = Dimensions();
    model->library = library.path();
    {
        addOwnDimensions(*model, library);
        const qsizetype curated = model->everyClaim.size();
        addCodedClaims(*model, library);
        QVector<Claim> coded = model->everyClaim.mid(curated);
        ClaimDating::apply(coded, model->events, model->articles);
        std::copy(coded.cbegin(), coded.cend(), model->everyClaim.begin() + curated);
    }
    buildPositions(*model, shown.claimFilter);
    return model;
}

DocumentModelPtr DocumentModelBuilder::withFilter(const DocumentModel &shown,
                                                  const ClaimFilter &filter)
{
    auto model = std::make_shared<DocumentModel>(shown);
    buildPositions(*model, filter);
    return model;
}

DocumentModelPtr DocumentModelBuilder::build(const CorpusOptions &requested,
                                             const LoadMonitor &monitor, const ClaimFilter &filter)
{
    // The same folder named twice (or by two paths) is read once.
    CorpusOptions options = requested;
    options.folders.clear();
    QStringList seen;
    for (const QString &folder : requested.folders) {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        if (canonical.isEmpty() || !seen.contains(canonical))
            options.folders.append(folder);
        if (!canonical.isEmpty())
            seen.append(canonical);
    }
    auto model = std::make_shared<DocumentModel>();
    const BoilerplateRules rules = BoilerplateRules::builtin(&model->problems);
    model->gazetteer = Gazetteer::builtin(&model->problems);
    const EventClassifier classifier = EventClassifier::builtin(&model->problems);

    int files = 0;
    LoadMonitor reading = monitor;
    reading.progress = [&](int done, int total) {
        files = total;
        monitor.report(done, 2 * total);
    };
    Corpus corpus = CorpusLoader(rules).load(options, reading);
    if (corpus.cancelled)
        return nullptr;
    model->articles = std::move(corpus.articles);
    model->problems += corpus.problems;
    // The library is opened once for the whole build: its articles, dimensions, kept
    // extractions and coded claims.
    std::unique_ptr<LibraryDatabase> library;
    if (!options.library.isEmpty()) {
        library = std::make_unique<LibraryDatabase>(options.library);
        QString error;
        if (library->open(&error, &model->problems)) {
            model->library = options.library;
            addLibrary(*model, *library, rules, options.threads);
            addOwnDimensions(*model, *library);
            // Its coded claims are placed after the extraction, whose events date them.
        } else {
            model->problems.append({options.library, 0, error});
            library.reset();
        }
    }

    const KeptExtractions kept = library ? keptExtractions(*model, *library) : KeptExtractions();
    QVector<QByteArray> fresh;
    if (!extract(*model, classifier, monitor, options.threads, files, files, 2 * files, kept,
                 &fresh))
        return nullptr;
    if (library)
        keepExtractions(*model, *library, kept, fresh);
    model->makeIndexes(); // articles (the corpus's and the library's) and mentions are final
    readClaims(*model, options);
    if (library)
        addCodedClaims(*model, *library);
    ClaimDating::apply(model->everyClaim, model->events, model->articles);
    buildPositions(*model, filter);
    return model;
}
