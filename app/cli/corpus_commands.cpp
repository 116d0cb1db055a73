#include "app/cli/corpus_commands.h"

#include "app/compare/comparison_set.h"
#include "app/corpus/wording.h"
#include "app/export/comparison_csv.h"
#include "app/export/comparison_sources_json.h"
#include "app/library/library_import.h"
#include "app/search/article_search.h"

#include <QTextStream>

#include <algorithm>

namespace CorpusCommands {

void printSummary(const DocumentModel &model)
{
    QTextStream out(stdout);
    out << "Position Explorer " << PE_VERSION << Qt::endl;
    using Wording::counted;
    out << counted(model.articles.size(), "article", "articles") << ", "
        << counted(model.countries().size(), "country", "countries") << ", "
        << counted(model.events.size(), "event", "events") << ", "
        << counted(model.claims.size(), "claim", "claims") << ", "
        << counted(model.conflictCount(), "conflict", "conflicts") << ", "
        << counted(model.problems.size(), "problem", "problems") << Qt::endl;
    if (const auto builtin = std::count_if(model.articles.cbegin(), model.articles.cend(),
                                           [](const Article &a) { return a.builtin; }))
        out << "built in: " << counted(builtin, "article", "articles") << ", "
            << Wording::number(model.builtinFromRecords)
            << " read from the records made with the program" << Qt::endl;
    if (!model.library.isEmpty()) {
        const auto inLibrary = std::count_if(model.articles.cbegin(), model.articles.cend(),
                                             [](const Article &a) { return !a.library.isEmpty(); });
        out << "library " << model.library << ": " << counted(inLibrary, "article", "articles")
            << ", " << Wording::number(model.articlesFromCache) << " read from its kept extractions"
            << Qt::endl;
    }
    qsizetype width = 0;
    for (const Article &a : model.articles)
        width = std::max(width, a.id.size());
    for (const Article &a : model.articles) {
        const QString source = a.meta.publisher.isEmpty()
                                   ? a.meta.title
                                   : a.meta.publisher + QStringLiteral(": ") + a.meta.title;
        out << "  " << a.id.leftJustified(width) << "  " << source << Qt::endl;
    }
}

int compare(const Request &request, const DocumentModel &model)
{
    if (const QString problem = ComparisonSet::check(request.countries, model);
        !problem.isEmpty()) {
        CommandLine::error() << "--compare: " << problem << Qt::endl;
        return 2;
    }
    const Comparison comparison = Comparison::build(model, request.countries);
    if (comparison.rows.isEmpty()) {
        CommandLine::error() << "--compare: no source gives a position for "
                             << request.countries.join(QStringLiteral(", ")) << "; nothing written"
                             << Qt::endl;
        return 1;
    }
    QString error;
    const bool written =
        request.chartOptions.withSources
            ? ComparisonSourcesJson::writeCsvWithSources(comparison, model, request.out, &error)
            : ComparisonCsv::write(comparison, model, request.out, &error);
    if (!written) {
        CommandLine::error() << error << Qt::endl;
        return 1;
    }
    return 0;
}

int import(const Request &request)
{
    const QString path = CommandLine::libraryOf(request, true);
    LibraryDatabase library(path);
    if (!CommandLine::openLibrary(library))
        return 2;
    if (library.readOnly()) {
        CommandLine::error() << path << ": is read-only; nothing was imported" << Qt::endl;
        return 2;
    }
    QStringList missing;
    const QStringList files = LibraryImport::filesOf(request.importPaths, &missing);
    for (const QString &m : missing)
        CommandLine::error() << m << ": no such file or folder" << Qt::endl;
    if (files.isEmpty() && missing.isEmpty()) {
        CommandLine::error() << "--import: no .txt, .md, .html, .htm, .pdf or .docx file in "
                             << request.importPaths.join(QStringLiteral(", ")) << Qt::endl;
        return 1;
    }
    Problems ruleProblems;
    const BoilerplateRules rules = BoilerplateRules::builtin(&ruleProblems);
    // A copy of a built-in article (or of one in a --corpus folder) is refused like a copy.
    const LibraryImport::LoadedTexts loaded = LibraryImport::textsOf(
        CorpusLoader(rules)
            .load(CorpusOptions(request.corpus.builtin, request.corpus.folders))
            .articles);
    bool allImported = missing.isEmpty();
    for (const QString &file : files) {
        const ImportOutcome outcome = LibraryImport::importFile(library, file, rules, loaded);
        QTextStream(stderr) << outcome.message << Qt::endl;
        allImported = allImported && outcome.result != ImportOutcome::Result::Failed;
    }
    return allImported ? 0 : 1;
}

int search(const Request &request, const DocumentModelPtr &model)
{
    const SearchResult result = ArticleSearch(model).find(request.query);
    if (!result.error.isEmpty()) {
        CommandLine::error() << "--search: " << result.error << Qt::endl;
        return 2;
    }
    QTextStream out(stdout);
    for (const SearchHit &hit : result.hits) {
        QString snippet = hit.snippet;
        snippet.replace(QLatin1Char('\t'), QLatin1Char(' '));
        out << hit.article << '\t' << hit.span.start << '\t' << hit.span.end << '\t' << snippet
            << Qt::endl;
        if (hit.moreInArticle > 0) // what was left out is said, on stderr (stdout stays hits)
            CommandLine::error() << "--search: " << hit.article << ": " << hit.moreInArticle
                                 << " more hits in this article are not "
                                 << "listed (the first " << ArticleSearch::kHitsPerArticle
                                 << " of each article are)" << Qt::endl;
    }
    if (result.more)
        CommandLine::error() << "--search: more hits follow; the first " << result.hits.size()
                             << " are listed" << Qt::endl;
    return result.hits.isEmpty() ? 1 : 0;
}

} // namespace CorpusCommands
