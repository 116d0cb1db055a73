#include "command_line.h"

#include "charts/chart_catalog.h"
#include "export/model_json_writer.h"
#include "model/document_model_builder.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString counted(qsizetype n, const char *noun)
{
    QString word = QLatin1String(noun);
    if (n != 1)
        word = word.endsWith(QLatin1Char('y')) ? QString(word.chopped(1) + QStringLiteral("ies"))
                                               : QString(word + QLatin1Char('s'));
    return QString::number(n) + QLatin1Char(' ') + word;
}

void printSummary(const DocumentModel &model)
{
    QTextStream out(stdout);
    out << "Position Explorer " << PE_VERSION << Qt::endl;
    out << counted(model.articles.size(), "article") << ", "
        << counted(model.countries().size(), "country") << ", "
        << counted(model.events.size(), "event") << ", " << counted(model.claims.size(), "claim")
        << ", " << counted(model.conflictCount(), "conflict") << ", "
        << counted(model.problems.size(), "problem") << Qt::endl;
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
        "      --force                   overwrite an existing file\n"
        "  --help                 show this help\n"
        "  --version              show the version\n"
        "\n"
        "Problems with the input are listed on stderr (and in the window's Problems pane);\n"
        "the exit status is 0 while anything usable is left.\n");
}

namespace {

bool parseSize(const QString &text, QSize *size)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QSize parsed(match.captured(1).toInt(), match.captured(2).toInt());
    if (parsed.width() < 200 || parsed.height() < 150 || parsed.width() > 10000 ||
        parsed.height() > 10000)
        return false;
    *size = parsed;
    return true;
}

QString checkChartOptions(Request &r, const QCommandLineParser &parser)
{
    if (!ChartCatalog::find(r.chart))
        return QStringLiteral("unknown chart '%1' (see --list-charts)").arg(r.chart);
    r.out = parser.value(QStringLiteral("out"));
    if (r.out.isEmpty())
        return QStringLiteral("--export-chart needs --out FILE");
    r.format = parser.value(QStringLiteral("format")).toLower();
    if (r.format == QLatin1String("jpeg"))
        r.format = QStringLiteral("jpg");
    const QString suffix = QFileInfo(r.out).suffix().toLower();
    const QStringList known{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("svg"),
                            QStringLiteral("pdf")};
    if (r.format.isEmpty() && !suffix.isEmpty() && !known.contains(suffix) &&
        suffix != QLatin1String("jpeg"))
        return QStringLiteral(
                   "cannot tell the format from '.%1': name the file .png, .jpg, .svg or .pdf, "
                   "or give --format")
            .arg(suffix);
    if (r.format.isEmpty())
        r.format = suffix.isEmpty()                  ? QStringLiteral("png")
                   : suffix == QLatin1String("jpeg") ? QStringLiteral("jpg")
                                                     : suffix;
    if (!QStringList{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("svg"),
                     QStringLiteral("pdf")}
             .contains(r.format))
        return QStringLiteral("unknown format '%1' (png, jpg, svg or pdf)")
            .arg(parser.value(QStringLiteral("format")));
    if (suffix.isEmpty())
        r.out += QLatin1Char('.') + r.format;
    if (parser.isSet(QStringLiteral("size")) &&
        !parseSize(parser.value(QStringLiteral("size")), &r.size))
        return QStringLiteral("bad --size '%1': give WIDTHxHEIGHT, from 200x150 to 10000x10000")
            .arg(parser.value(QStringLiteral("size")));
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        r.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || r.scale < 1 || r.scale > 4)
            return QStringLiteral("bad --scale '%1': give a number from 1 to 4")
                .arg(parser.value(QStringLiteral("scale")));
    }
    const QString theme = parser.value(QStringLiteral("theme"));
    if (!theme.isEmpty() && theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return QStringLiteral("bad --theme '%1': light or dark").arg(theme);
    r.dark = theme == QLatin1String("dark");
    if (double(r.size.width()) * r.size.height() * r.scale * r.scale > 200e6)
        return QStringLiteral(
                   "--size %1x%2 at --scale %3 is over 200 million pixels; make it smaller")
            .arg(r.size.width())
            .arg(r.size.height())
            .arg(r.scale);
    r.force = parser.isSet(QStringLiteral("force"));
    if (QFileInfo::exists(r.out) && !r.force)
        return QStringLiteral("%1 exists; add --force to overwrite it").arg(r.out);
    const QFileInfo dir(QFileInfo(r.out).absolutePath());
    if (!dir.isDir() || !dir.isWritable())
        return QStringLiteral("%1: the folder does not exist or cannot be written").arg(r.out);
    return {};
}

} // namespace

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
    parser.addOptions(
        {corpus, noBuiltin, exportModel, help, version, summary, listCharts, exportChart, country});
    for (const char *name : {"out", "format", "size", "scale", "theme"})
        parser.addOption(QCommandLineOption(QLatin1String(name), {}, QStringLiteral("VALUE")));
    parser.addOption(QCommandLineOption(QStringLiteral("force")));
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
    for (const QCommandLineOption *mode : {&exportModel, &summary, &listCharts, &exportChart})
        modes += parser.isSet(*mode) ? 1 : 0;
    if (modes > 1) {
        result.error = QStringLiteral(
            "choose one of --export-model, --summary, --list-charts and --export-chart");
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
        result.error = checkChartOptions(r, parser);
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
        const Entity *e = model.gazetteer.find(iso);
        if (!e || e->kind != Entity::Kind::Country)
            return QStringLiteral("unknown country code '%1'").arg(iso);
    }
    const ChartInfo *info = ChartCatalog::find(request.chart);
    if (info && info->needsCountry && request.countries.isEmpty())
        return QStringLiteral("chart '%1' is built for countries: add --country ISO3[,ISO3...]")
            .arg(info->id);
    return {};
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
    const DocumentModelPtr model = DocumentModelBuilder::build(request.corpus);
    CommandLine::reportProblems(*model);
    if (model->articles.isEmpty()) {
        err() << "error: no article could be loaded" << Qt::endl;
        return 2;
    }
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
