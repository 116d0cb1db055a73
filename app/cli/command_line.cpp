#include "command_line.h"

#include "export/model_json_writer.h"
#include "model/document_model_builder.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace {

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

void reportProblems(const DocumentModel &model) {
    for (const Problem &p : model.problems)
        err() << "warning: " << p.toString() << Qt::endl;
}

void printSummary(const DocumentModel &model) {
    QTextStream out(stdout);
    out << "Position Explorer " << PE_VERSION << Qt::endl;
    out << model.articles.size() << " articles, " << model.countries().size() << " countries, "
        << model.events.size() << " events, " << model.claims.size() << " claims, "
        << model.conflictCount() << " conflicts, " << model.problems.size() << " problems"
        << Qt::endl;
    for (const Article &a : model.articles)
        out << "  " << a.id << "  " << a.meta.publisher << ": " << a.meta.title << Qt::endl;
}

} // namespace

QString CommandLine::helpText() {
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
        "  --help                 show this help\n"
        "  --version              show the version\n"
        "\n"
        "Problems with the input are listed on stderr (and in the window's Problems pane);\n"
        "the exit status is 0 while anything usable is left.\n");
}

ParseResult CommandLine::parse(const QStringList &arguments) {
    ParseResult result;
    QCommandLineParser parser;
    const QCommandLineOption corpus(QStringLiteral("corpus"), {}, QStringLiteral("DIR"));
    const QCommandLineOption noBuiltin(QStringLiteral("no-builtin"));
    const QCommandLineOption exportModel(QStringLiteral("export-model"), {},
                                         QStringLiteral("FILE"));
    const QCommandLineOption help(QStringLiteral("help"));
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption summary(QStringLiteral("summary"));
    parser.addOptions({corpus, noBuiltin, exportModel, help, version, summary});
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
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
            result.error = QStringLiteral("--corpus %1: no such folder").arg(folder);
            return result;
        }
    }
    if (parser.isSet(help)) {
        r.mode = Request::Mode::Help;
    } else if (parser.isSet(version)) {
        r.mode = Request::Mode::Version;
    } else if (parser.isSet(exportModel)) {
        r.mode = Request::Mode::ExportModel;
        r.out = parser.value(exportModel);
        if (r.out.isEmpty())
            result.error = QStringLiteral("--export-model needs a file name or -");
    } else if (parser.isSet(summary)) {
        r.mode = Request::Mode::Summary;
    }
    if (!r.corpus.builtin && r.corpus.folders.isEmpty() && result.error.isEmpty() &&
        r.mode != Request::Mode::Help && r.mode != Request::Mode::Version)
        result.error = QStringLiteral("--no-builtin leaves no articles: add --corpus DIR");
    return result;
}

int CommandLine::run(const Request &request) {
    if (request.mode == Request::Mode::Help) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    if (request.mode == Request::Mode::Version) {
        QTextStream(stdout) << "position-explorer " << PE_VERSION << Qt::endl;
        return 0;
    }
    const DocumentModelPtr model = DocumentModelBuilder::build(request.corpus);
    reportProblems(*model);
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
