#include "app/model/document_model_builder.h"

#include "app/codebook/codebook_loader.h"
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/date_parser.h"
#include "app/corpus/line_numbers.h"
#include "app/corpus/parallel_map.h"
#include "app/extract/event_classifier.h"
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

namespace {

// What extraction finds in one article; articles are extracted in parallel, then merged in order.
struct Extracted {
    QVector<Mention> mentions;
    QVector<Event> events;
    Problems undatedYear;     // reported for every article first,
    Problems impossibleDates; // then these, as a one-thread build lists them
};

// Day-and-month dates of an article that names no year anywhere take the corpus's reference
// year, marked assumed; without one they are skipped. Either way, say so.
Problems undatedYear(const Article &a, int referenceYear)
{
    if (a.contextYear() > 0 || DateParser(2000).find(a.text).isEmpty())
        return {};
    const QVector<DateMention> dates = DateParser(0).find(a.text);
    if (std::any_of(dates.cbegin(), dates.cend(),
                    [](const DateMention &d) { return d.yearExplicit; }))
        return {}; // its dates take the year of the nearest one that gives it
    if (referenceYear > 0)
        return {{a.shownPath(), 0,
                 QStringLiteral("names dates without a year and no year anywhere; its events "
                                "are dated in %1, the corpus's reference year, marked \"year "
                                "assumed\" (add a date line such as \"2 March 2022\" or a "
                                "manifest entry)")
                     .arg(referenceYear)}};
    return {{a.shownPath(), 0,
             QStringLiteral("names dates without a year and no year anywhere; its events are "
                            "skipped (add a date line such as \"2 March 2022\" or a manifest "
                            "entry)")}};
}

// "February 30" is no date: it is left out of the timeline, and the user told where it is.
Problems impossibleDates(const Article &a)
{
    Problems problems;
    QVector<TextSpan> impossible;
    DateParser(a.contextYear(), a.meta.published).find(a.text, 0, &impossible);
    qsizetype reportedUpTo = -1;
    for (const TextSpan &span : impossible) {
        if (span.start < reportedUpTo)
            continue; // the same words matched in two forms
        reportedUpTo = span.end;
        problems.append({a.shownPath(), LineNumbers::at(a.text, span.start),
                         QStringLiteral("\"%1\" is not a date in the calendar; it is left out "
                                        "of the timeline")
                             .arg(a.slice(span).toString())});
    }
    return problems;
}

// Steps `from`..`from + count` of the progress; false when the monitor asked to stop.
bool extract(DocumentModel &model, const EventClassifier &classifier, const LoadMonitor &monitor,
             int threads, int from, int count, int total)
{
    const MentionFinder finder(model.gazetteer);
    const EventExtractor extractor(model.gazetteer, classifier);
    const QVector<Article> &articles = model.articles;
    auto extractOne = [&](qsizetype i) {
        const Article &article = articles.at(i);
        Extracted found;
        found.undatedYear = undatedYear(article, model.gazetteer.referenceYear());
        found.impossibleDates = impossibleDates(article);
        found.mentions = finder.find(article);
        found.events = extractor.extract(article, found.mentions);
        return found;
    };
    std::optional<QVector<Extracted>> results = ParallelMap::inOrder<Extracted>(
        articles.size(), extractOne, threads, monitor, from, count, total);
    if (!results)
        return false;
    for (const Extracted &found : *results)
        model.problems += found.undatedYear;
    for (const Extracted &found : *results)
        model.problems += found.impossibleDates;
    model.mentions.reserve(results->size());
    for (Extracted &found : *results) {
        model.mentions.append(std::move(found.mentions));
        model.events += std::move(found.events);
    }
    std::stable_sort(model.events.begin(), model.events.end(),
                     [](const Event &a, const Event &b) { return a.date.from < b.date.from; });
    return true;
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
void addLibrary(DocumentModel &model, const LibraryDatabase &library, const BoilerplateRules &rules)
{
    QSet<QString> ids;
    QSet<QByteArray> texts;
    for (const Article &a : model.articles) {
        ids.insert(a.id);
        texts.insert(a.sha256);
    }
    for (Article &article :
         LibraryImport::articles(library, CorpusLoader(rules), &model.problems)) {
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
    if (!options.library.isEmpty()) {
        LibraryDatabase library(options.library);
        QString error;
        if (library.open(&error, &model->problems)) {
            model->library = options.library;
            addLibrary(*model, library, rules);
            addOwnDimensions(*model, library);
            // Its coded claims are placed after the extraction, whose events date them.
        } else {
            model->problems.append({options.library, 0, error});
        }
    }

    if (!extract(*model, classifier, monitor, options.threads, files, files, 2 * files))
        return nullptr;
    model->makeIndexes(); // articles (the corpus's and the library's) and mentions are final
    readClaims(*model, options);
    if (!model->library.isEmpty()) {
        LibraryDatabase library(model->library);
        QString error;
        if (library.open(&error))
            addCodedClaims(*model, library);
    }
    ClaimDating::apply(model->everyClaim, model->events, model->articles);
    buildPositions(*model, filter);
    return model;
}
