#include "app/cli/command_line.h"

#include "app/charts/chart_catalog.h"
#include "app/cli/option_checks.h"
#include "app/compare/comparison_set.h"
#include "app/corpus/wording.h"
#include "app/export/comparison_csv.h"
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

int runCompare(const Request &request, const DocumentModel &model)
{
    if (const QString problem = ComparisonSet::check(request.countries, model);
        !problem.isEmpty()) {
        err() << "error: --compare: " << problem << Qt::endl;
        return 2;
    }
    const Comparison comparison = Comparison::build(model, request.countries);
    if (comparison.rows.isEmpty()) {
        err() << "error: --compare: no source gives a position for "
              << request.countries.join(QStringLiteral(", ")) << "; nothing written" << Qt::endl;
        return 1;
    }
    QString error;
    if (!ComparisonCsv::write(comparison, model, request.out, &error)) {
        err() << "error: " << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

void CommandLine::reportProblems(const DocumentModel &model)
{
    for (const Problem &p : model.problems)
        err() << "warning: " << p.toString() << Qt::endl;
}

QString CommandLine::helpText()
{
    return QStringLiteral(
        "Usage: position-explorer [options]\n"
        "Explore how the post-Soviet states positioned themselves on Russia's 2022 invasion of\n"
        "Ukraine, with every fact traced to a span of its source article.\n"
        "\n"
        "Without options, opens the window.\n"
        "\n"
        "  --corpus DIR           add the *.txt and *.md articles of DIR (repeatable); a\n"
        "                         manifest.json and codebook.json in DIR are read too\n"
        "  --no-builtin           leave the built-in corpus out\n"
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
        "      --with-sources            also write FILE.sources.json: the chart's marks with\n"
        "                                the quotes, offsets and articles behind each\n"
        "      --force                   overwrite existing files\n"
        "  --compare ISO3,ISO3[,...]  compare two to four countries, dimension by dimension,\n"
        "      --out FILE.csv|-          as CSV: a row per dimension, per country the value,\n"
        "                                its sources and their quotes (required)\n"
        "      --force                   overwrite an existing file\n"
        "  --help                 show this help\n"
        "  --version              show the version\n"
        "\n"
        "Problems with the input are listed on stderr (and in the window's Problems pane);\n"
        "the exit status is 0 while anything usable is left.\n");
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
    parser.addOptions({corpus, noBuiltin, exportModel, help, version, summary, listCharts,
                       exportChart, country, compare});
    for (const char *name : {"out", "format", "size", "scale", "theme"})
        parser.addOption(QCommandLineOption(QLatin1String(name), {}, QStringLiteral("VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("force")));
    parser.addOption(QCommandLineOption(QStringLiteral("with-sources")));
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
         {&exportModel, &summary, &listCharts, &exportChart, &compare})
        modes += parser.isSet(*mode) ? 1 : 0;
    if (modes > 1) {
        result.error = QStringLiteral("choose one of --export-model, --summary, --list-charts, "
                                      "--export-chart and --compare");
        return result;
    }
    if (parser.isSet(QStringLiteral("with-sources")) && !parser.isSet(exportChart)) {
        result.error = QStringLiteral("--with-sources goes with --export-chart (see --help)");
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error = QStringLiteral("unexpected argument '%1' (see --help)")
                           .arg(parser.positionalArguments().first());
        return result;
    }
    Request &r = result.request;
    r.corpus.builtin = !parser.isSet(noBuiltin);
    r.corpus.folders = parser.values(corpus);
    for (const QString &folder : r.corpus.folders) {
        if (!QFileInfo(folder).isDir()) {
            result.error =
                QFileInfo::exists(folder)
                    ? QStringLiteral(
                          "--corpus %1: is a file; give the folder that holds the articles")
                          .arg(folder)
                    : QStringLiteral("--corpus %1: no such folder").arg(folder);
            return result;
        }
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
    }
    if (!r.corpus.builtin && r.corpus.folders.isEmpty() && result.error.isEmpty())
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

DocumentModelPtr CommandLine::loadModel(const Request &request, int *exitCode)
{
    DocumentModelPtr model = DocumentModelBuilder::build(request.corpus);
    reportProblems(*model);
    if (model->articles.isEmpty()) {
        err() << "error: no article could be loaded" << Qt::endl;
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
        return runCompare(request, *model);
    if (request.mode == Request::Mode::ExportModel) {
        QString error;
        if (!ModelJsonWriter::write(*model, request.out, &error)) {
            err() << "error: " << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    printSummary(*model);
    return 0;
}
