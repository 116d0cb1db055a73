#include "app/model/document_model_builder.h"

#include "app/codebook/codebook_loader.h"
#include "app/corpus/boilerplate_rules.h"
#include "app/library/library_claims.h"
#include "app/library/library_import.h"
#include "app/model/coded_claims.h"
#include "app/model/extraction_pass.h"
#include "app/model/shaped_text.h"
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
    QVector<Article> stored =
        LibraryImport::articles(library, CorpusLoader(rules), &model.problems, threads);
    model.articles.reserve(model.articles.size() + stored.size()); // not grown in steps
    for (Article &article : stored) {
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

    if (!ExtractionPass::run(*model, library.get(), monitor, options.threads,
                             {files, files, 2 * files}))
        return nullptr;
    model->makeIndexes(); // articles (the corpus's and the library's) and mentions are final
    model->articlesNeedShaping = ShapedText::anyArticleNeedsShaping(model->articles);
    readClaims(*model, options);
    if (library)
        addCodedClaims(*model, *library);
    ClaimDating::apply(model->everyClaim, model->events, model->articles);
    buildPositions(*model, filter);
    return model;
}
