#include "app/cli/command_line.h"

#include "app/charts/chart_catalog.h"
#include "app/cli/coding_commands.h"
#include "app/cli/corpus_commands.h"
#include "app/cli/option_checks.h"
#include "app/export/model_json_writer.h"
#include "app/model/document_model_builder.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

QTextStream &CommandLine::error()
{
    return err() << "position-explorer: ";
}

QTextStream &CommandLine::warning()
{
    return err() << "position-explorer: warning: ";
}

void CommandLine::reportProblems(const DocumentModel &model)
{
    for (const Problem &p : model.problems)
        CommandLine::warning() << p.toString() << Qt::endl;
}

QString CommandLine::helpText()
{
    return QStringLiteral(
               "Usage: position-explorer [options]\n"
               "Explore how the post-Soviet states positioned themselves on Russia's 2022 invasion "
               "of\n"
               "Ukraine, with every fact traced to a span of its source article.\n"
               "\n"
               "Without options, opens the window.\n"
               "\n"
               "  --corpus DIR           add the *.txt and *.md articles of DIR (repeatable); a\n"
               "                         manifest.json and codebook.json in DIR are read too\n"
               "  --no-builtin           leave the built-in corpus out\n"
               "  --library FILE         the article library to use (default: the one in the\n"
               "                         user's data folder, when there is one)\n"
               "  --import FILE|DIR...   import articles (.txt .md .html .htm .pdf .docx; a "
               "folder:\n"
               "                         all of them in it) into the library and exit; a line per\n"
               "                         file on stderr, exit 1 when some could not be imported\n"
               "  --search QUERY         search every article: words, \"a phrase\", prefix*, "
               "A OR B,\n"
               "                         NOT word; prints ARTICLE<TAB>START<TAB>END<TAB>SNIPPET "
               "a hit\n"
               "                         (20 of an article, 2,000 in all), exit 1 if none\n"
               "  --export-model FILE|-  write the whole document model as JSON (- for stdout)\n"
               "  --summary              print a summary of the corpus and its problems\n"
               "  --list-charts          list the chart ids\n"
               "  --export-chart ID      export a chart as an image (headless):\n"
               "      --country ISO3[,ISO3...]  the countries it is built for or emphasises\n"
               "      --out FILE                the file to write (required)\n"
               "      --format png|jpg|svg|pdf  default: from the file name, else png\n"
               "      --size WxH                in logical pixels (default 1200x800)\n"
               "      --scale N                 pixel density for png/jpg, 1 to 4 (default 1)\n"
               "      --theme light|dark        default light\n"
               "      --with-sources            also write FILE.sources.json: the chart's marks "
               "with\n"
               "                                the quotes, offsets and articles behind each\n"
               "      --force                   overwrite existing files\n"
               "  --compare ISO3,ISO3[,...]  compare two to four countries, dimension by "
               "dimension,\n"
               "      --out FILE.csv|-          as CSV: a row per dimension, per country the "
               "value,\n"
               "                                its sources, the date of its newest evidence and\n"
               "                                their quotes (required)\n"
               "      --with-sources            also write FILE.csv.sources.json: every cell's\n"
               "                                claims with their quotes, offsets and articles\n"
               "      --force                   overwrite existing files\n"
               "%1"
               "  --benchmark-startup    open the window, wait for its first paint with the "
               "corpus\n"
               "                         loaded, print the milliseconds since start and quit\n"
               "                         (on a copy of the settings: they stay as they were)\n"
               "  --help                 show this help\n"
               "  --version              show the version\n"
               "\n"
               "Problems with the input are listed on stderr (and in the window's Problems pane);\n"
               "the exit status is 0 while anything usable is left.\n")
        .arg(CodingCommands::helpText());
}

ParseResult CommandLine::parse(const QStringList &arguments)
{
    ParseResult result;
    QCommandLineParser parser;
    const QCommandLineOption corpus(QStringLiteral("corpus"), {}, QStringLiteral("DIR"));
    const QCommandLineOption noBuiltin(QStringLiteral("no-builtin"));
    const QCommandLineOption exportModel(QStringLiteral("export-model"), {},
                                         QStringLiteral("FILE"));
    const QCommandLineOption help(QStringLiteral("help"));
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption summary(QStringLiteral("summary"));
    const QCommandLineOption listCharts(QStringLiteral("list-charts"));
    const QCommandLineOption exportChart(QStringLiteral("export-chart"), {}, QStringLiteral("ID"));
    const QCommandLineOption country(QStringLiteral("country"), {}, QStringLiteral("ISO3"));
    const QCommandLineOption compare(QStringLiteral("compare"), {}, QStringLiteral("ISO3,ISO3"));
    const QCommandLineOption library(QStringLiteral("library"), {}, QStringLiteral("FILE"));
    const QCommandLineOption importOption(QStringLiteral("import"));
    const QCommandLineOption search(QStringLiteral("search"), {}, QStringLiteral("QUERY"));
    const QCommandLineOption benchmarkStartup(QStringLiteral("benchmark-startup"));
    parser.addOptions({corpus, noBuiltin, exportModel, help, version, summary, listCharts,
                       exportChart, country, compare, library, importOption, search,
                       benchmarkStartup});
    for (const char *name : {"out", "format", "size", "scale", "theme"})
        parser.addOption(QCommandLineOption(QLatin1String(name), {}, QStringLiteral("VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("force")));
    parser.addOption(QCommandLineOption(QStringLiteral("with-sources")));
    parser.addOptions(CodingCommands::options());
    if (!parser.parse(arguments)) {
        // Qt says "Unknown option 'x'."; speak like the app's other messages.
        QString text = parser.errorText();
        if (!text.isEmpty())
            text[0] = text[0].toLower();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        result.error = text + QStringLiteral(" (see --help)");
        return result;
    }
    int modes = 0;
    for (const QCommandLineOption *mode :
         {&exportModel, &summary, &listCharts, &exportChart, &compare, &importOption, &search})
        modes += parser.isSet(*mode) ? 1 : 0;
    for (const QString &mode : CodingCommands::modeOptions())
        modes += parser.isSet(mode) ? 1 : 0;
    if (modes > 1) {
        result.error = QStringLiteral("choose one of --export-model, --summary, --list-charts, "
                                      "--export-chart, --compare, --import, --search, --code, "
                                      "--uncode, --export-codebook and --export-qdpx");
        return result;
    }
    if (parser.isSet(benchmarkStartup) && modes > 0) {
        result.error = QStringLiteral("--benchmark-startup opens the window; it goes with no "
                                      "headless mode (see --help)");
        return result;
    }
    if (parser.isSet(QStringLiteral("with-sources")) && !parser.isSet(exportChart) &&
        !parser.isSet(compare)) {
        result.error =
            QStringLiteral("--with-sources goes with --export-chart or --compare (see --help)");
        return result;
    }
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(importOption)) {
        result.error = QStringLiteral("unexpected argument '%1' (see --help)")
                           .arg(parser.positionalArguments().first());
        return result;
    }
    Request &r = result.request;
    r.corpus.builtin = !parser.isSet(noBuiltin);
    r.benchmarkStartup = parser.isSet(benchmarkStartup);
    if (parser.isSet(library)) {
        r.libraryGiven = true;
        r.corpus.library = parser.value(library);
        if (r.corpus.library.isEmpty() || QFileInfo(r.corpus.library).isDir()) {
            result.error = QStringLiteral("--library needs the library's file, such as "
                                          "~/articles.sqlite");
            return result;
        }
    }
    r.corpus.folders = parser.values(corpus);
    // A headless run stops at a folder that is none; the window opens and lists it among the
    // problems (the document model reports it), with the rest of the corpus loaded.
    QString folderError;
    for (const QString &folder : r.corpus.folders) {
        if (!QFileInfo(folder).isDir() && folderError.isEmpty())
            folderError =
                QFileInfo::exists(folder)
                    ? QStringLiteral(
                          "--corpus %1: is a file; give the folder that holds the articles")
                          .arg(folder)
                    : QStringLiteral("--corpus %1: no such folder").arg(folder);
    }
    for (const QString &value : parser.values(country)) {
        for (const QString &code : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.countries.append(code.trimmed().toUpper());
    }
    if (parser.isSet(country) && r.countries.isEmpty()) {
        result.error = QStringLiteral("--country needs ISO3 codes, such as KAZ or KAZ,BLR");
        return result;
    }
    if (parser.isSet(help)) {
        r.mode = Request::Mode::Help;
        return result;
    }
    if (parser.isSet(version)) {
        r.mode = Request::Mode::Version;
        return result;
    }
    if (parser.isSet(exportModel)) {
        r.mode = Request::Mode::ExportModel;
        r.out = parser.value(exportModel);
        if (r.out.isEmpty())
            result.error = QStringLiteral("--export-model needs a file name or -");
    } else if (parser.isSet(listCharts)) {
        r.mode = Request::Mode::ListCharts;
        return result;
    } else if (parser.isSet(exportChart)) {
        r.mode = Request::Mode::ExportChart;
        r.chart = parser.value(exportChart);
        result.error = OptionChecks::chartOptions(r, parser);
    } else if (parser.isSet(compare)) {
        r.mode = Request::Mode::Compare;
        result.error = OptionChecks::compareOptions(r, parser);
    } else if (parser.isSet(summary)) {
        r.mode = Request::Mode::Summary;
    } else if (parser.isSet(importOption)) {
        r.mode = Request::Mode::Import;
        r.importPaths = parser.positionalArguments();
        if (r.importPaths.isEmpty())
            result.error = QStringLiteral("--import needs files or folders to import");
        return result;
    } else if (parser.isSet(search)) {
        r.mode = Request::Mode::Search;
        r.query = parser.value(search);
    } else if (QString codingError; CodingCommands::parse(r, parser, &codingError)) {
        result.error = codingError;
    }
    if (result.error.isEmpty() && isHeadless(r))
        result.error = folderError;
    if (!r.corpus.builtin && r.corpus.folders.isEmpty() && !r.libraryGiven &&
        result.error.isEmpty())
        result.error = QStringLiteral("--no-builtin leaves no articles: add --corpus DIR");
    return result;
}

QString CommandLine::checkAgainst(const Request &request, const DocumentModel &model)
{
    for (const QString &iso : request.countries) {
        if (!model.gazetteer.country(iso))
            return QStringLiteral("unknown country code '%1'").arg(iso);
    }
    const ChartInfo *info = ChartCatalog::find(request.chart);
    if (info && info->needsCountry && request.countries.isEmpty())
        return QStringLiteral("chart '%1' is built for countries: add --country ISO3[,ISO3...]")
            .arg(info->id);
    return {};
}

QString CommandLine::libraryOf(const Request &request, bool create)
{
    if (request.libraryGiven)
        return request.corpus.library;
    const QString path = LibraryDatabase::defaultPath();
    return create || QFileInfo::exists(path) ? path : QString();
}

bool CommandLine::openLibrary(LibraryDatabase &library)
{
    QString why;
    Problems problems;
    const bool opened = library.open(&why, &problems);
    for (const Problem &p : problems)
        warning() << p.toString() << Qt::endl;
    if (!opened)
        error() << why << Qt::endl;
    return opened;
}

DocumentModelPtr CommandLine::loadModel(const Request &request, int *exitCode)
{
    if (const QString problem = OptionChecks::outFolder(request); !problem.isEmpty()) {
        error() << problem << Qt::endl;
        *exitCode = 1;
        return nullptr;
    }
    CorpusOptions corpus = request.corpus;
    corpus.library = libraryOf(request, false);
    DocumentModelPtr model = DocumentModelBuilder::build(corpus);
    reportProblems(*model);
    if (model->articles.isEmpty()) {
        CommandLine::error() << "no article could be loaded" << Qt::endl;
        *exitCode = 2;
        return nullptr;
    }
    return model;
}

int CommandLine::run(const Request &request)
{
    if (request.mode == Request::Mode::Help) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    if (request.mode == Request::Mode::Version) {
        QTextStream(stdout) << "position-explorer " << PE_VERSION << Qt::endl;
        return 0;
    }
    if (request.mode == Request::Mode::Import)
        return CorpusCommands::import(request);
    if (CodingCommands::isCodingMode(request.mode))
        return CodingCommands::run(request);
    if (request.mode == Request::Mode::ListCharts) {
        QTextStream out(stdout);
        for (const ChartInfo &info : ChartCatalog::all())
            out << info.id.leftJustified(22) << info.description << Qt::endl;
        return 0;
    }
    int exitCode = 0;
    const DocumentModelPtr model = loadModel(request, &exitCode);
    if (!model)
        return exitCode;
    if (request.mode == Request::Mode::Compare)
        return CorpusCommands::compare(request, *model);
    if (request.mode == Request::Mode::Search)
        return CorpusCommands::search(request, model);
    if (request.mode == Request::Mode::ExportModel) {
        QString error;
        if (!ModelJsonWriter::write(*model, request.out, &error)) {
            CommandLine::error() << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    CorpusCommands::printSummary(*model);
    return 0;
}
