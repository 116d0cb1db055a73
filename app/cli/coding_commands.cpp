#include "app/cli/coding_commands.h"

#include "app/cli/option_checks.h"
#include "app/export/codebook_json.h"
#include "app/export/qdpx_writer.h"
#include "app/library/library_claims.h"
#include "app/model/coded_claims.h"
#include "app/model/document_model.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QSettings>

#include <limits>

namespace CodingCommands {

namespace {

QString value(const QCommandLineParser &parser, const char *name)
{
    return parser.value(QLatin1String(name));
}

QString parseCode(Request &r, const QCommandLineParser &parser)
{
    Claim &c = r.claim;
    c.article = value(parser, "code");
    static const QRegularExpression spanPattern(QStringLiteral("^(\\d+):(\\d+)$"));
    const QRegularExpressionMatch span = spanPattern.match(value(parser, "span"));
    if (!parser.isSet(QStringLiteral("span")) || !span.hasMatch())
        return QStringLiteral("--code needs --span START:END, the words' offsets in the "
                              "article's text (as --search prints them)");
    // Offsets past 32 bits (or past what a number holds) fit no article's text: said as typed,
    // never read as 0 or cut down to an offset that could pass.
    bool startOk = false;
    bool endOk = false;
    const qint64 start = span.captured(1).toLongLong(&startOk);
    const qint64 end = span.captured(2).toLongLong(&endOk);
    const qint64 most = std::numeric_limits<qint32>::max();
    if (!startOk || !endOk || start > most || end > most)
        return QStringLiteral("--span %1: the offsets are beyond any article's text (at most %2)")
            .arg(value(parser, "span"))
            .arg(most);
    c.span = {start, end};
    if (r.countries.size() != 1)
        return QStringLiteral("--code needs one --country ISO3, the country the words are about");
    c.country = r.countries.first();
    c.dimension = value(parser, "dimension");
    c.value = value(parser, "value");
    if (c.dimension.isEmpty() || c.value.isEmpty())
        return QStringLiteral("--code needs --dimension ID and --value V (see --export-model "
                              "for the dimensions and their values)");
    c.note = value(parser, "memo");
    return {};
}

QString coderOrError(const Request &request, QString *coder)
{
    *coder = coderOf(request);
    if (coder->isEmpty())
        return QStringLiteral("--code needs --coder NAME (the window asks for it once and "
                              "keeps it)");
    return {};
}

int runCode(const Request &request)
{
    QString coder;
    if (const QString why = coderOrError(request, &coder); !why.isEmpty()) {
        CommandLine::error() << why << Qt::endl;
        return 2;
    }
    Request withLibrary = request;
    withLibrary.libraryGiven = true;
    withLibrary.corpus.library = CommandLine::libraryOf(request, true);
    LibraryDatabase library(withLibrary.corpus.library);
    if (!CommandLine::openLibrary(library))
        return 2;
    int exitCode = 0;
    const DocumentModelPtr model = CommandLine::loadModel(withLibrary, &exitCode);
    if (!model)
        return exitCode;
    Claim claim = request.claim;
    claim.coder = coder;
    if (const QString why = CodedClaims::refusal(claim, *model, model->everyClaim);
        !why.isEmpty()) {
        CommandLine::error() << "--code: " << why << "; nothing was added" << Qt::endl;
        return 2;
    }
    const Article *article = model->article(claim.article);
    claim.quote = article->quote(claim.span);
    QString error;
    const qint64 id = LibraryClaims::add(library, {claim, article->sha256, {}}, &error);
    if (id == 0) {
        CommandLine::error() << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << "claim " << id << ": " << claim.country << ' ' << claim.dimension
                        << " = " << claim.value << ", " << claim.article << ' ' << claim.span.start
                        << ':' << claim.span.end << " by " << coder << Qt::endl;
    return 0;
}

int runUncode(const Request &request)
{
    const QString path = CommandLine::libraryOf(request, false);
    if (path.isEmpty()) {
        CommandLine::error() << "--uncode: there is no library yet (nothing was coded)" << Qt::endl;
        return 2;
    }
    LibraryDatabase library(path);
    if (!CommandLine::openLibrary(library))
        return 2;
    QString error;
    if (!LibraryClaims::remove(library, request.claimId, &error)) {
        CommandLine::error() << "--uncode: " << error << Qt::endl;
        return 2;
    }
    QTextStream(stdout) << "claim " << request.claimId << " removed" << Qt::endl;
    return 0;
}

int runExport(const Request &request)
{
    int exitCode = 0;
    const DocumentModelPtr model = CommandLine::loadModel(request, &exitCode);
    if (!model)
        return exitCode;
    QString error;
    if (request.mode == Request::Mode::ExportCodebook) {
        const bool any =
            std::any_of(model->everyClaim.cbegin(), model->everyClaim.cend(), [&](const Claim &c) {
                return request.coder.isEmpty() || (!c.isCurated() && c.coder == request.coder);
            });
        if (!any) {
            CommandLine::error() << "--export-codebook: no claim coded by " << request.coder
                                 << "; nothing written" << Qt::endl;
            return 1;
        }
        if (!CodebookJson::write(*model, request.out, request.coder, &error)) {
            CommandLine::error() << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (!QdpxWriter::write(*model, request.out, &error)) {
        CommandLine::error() << error << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace

QList<QCommandLineOption> options()
{
    QList<QCommandLineOption> list;
    for (const char *name : {"code", "span", "dimension", "value", "memo", "coder", "uncode",
                             "export-codebook", "export-qdpx"})
        list.append(QCommandLineOption(QLatin1String(name), {}, QStringLiteral("VALUE")));
    return list;
}

QStringList modeOptions()
{
    return {QStringLiteral("code"), QStringLiteral("uncode"), QStringLiteral("export-codebook"),
            QStringLiteral("export-qdpx")};
}

bool isCodingMode(Request::Mode mode)
{
    return mode == Request::Mode::Code || mode == Request::Mode::Uncode ||
           mode == Request::Mode::ExportCodebook || mode == Request::Mode::ExportQdpx;
}

bool parse(Request &r, const QCommandLineParser &parser, QString *error)
{
    r.coder = value(parser, "coder").trimmed();
    if (parser.isSet(QStringLiteral("coder")) && r.coder.isEmpty()) {
        *error = QStringLiteral("--coder needs a name");
        return true;
    }
    if (parser.isSet(QStringLiteral("code"))) {
        r.mode = Request::Mode::Code;
        *error = parseCode(r, parser);
        return true;
    }
    for (const char *name : {"span", "dimension", "value", "memo"}) {
        if (parser.isSet(QLatin1String(name))) {
            *error = QStringLiteral("--%1 goes with --code (see --help)").arg(QLatin1String(name));
            return true;
        }
    }
    if (parser.isSet(QStringLiteral("uncode"))) {
        r.mode = Request::Mode::Uncode;
        bool ok = false;
        r.claimId = value(parser, "uncode").toLongLong(&ok);
        if (!ok || r.claimId <= 0)
            *error = QStringLiteral("--uncode needs a claim's number, as --code printed it "
                                    "(or \"id\" in --export-model)");
        return true;
    }
    const bool codebook = parser.isSet(QStringLiteral("export-codebook"));
    if (codebook || parser.isSet(QStringLiteral("export-qdpx"))) {
        r.mode = codebook ? Request::Mode::ExportCodebook : Request::Mode::ExportQdpx;
        r.out = value(parser, codebook ? "export-codebook" : "export-qdpx");
        if (r.out.isEmpty() || (!codebook && r.out == QLatin1String("-")))
            *error = codebook ? QStringLiteral("--export-codebook needs a file name or -")
                              : QStringLiteral("--export-qdpx needs a file name (a .qdpx "
                                               "archive cannot go to stdout)");
        else
            *error = OptionChecks::outFile(r, parser);
        return true;
    }
    if (parser.isSet(QStringLiteral("coder")) && !codebook) {
        *error = QStringLiteral("--coder goes with --code or --export-codebook (see --help)");
        return true;
    }
    return false;
}

QString helpText()
{
    return QStringLiteral(
        "  --code ARTICLE --span START:END --country ISO3 --dimension ID --value V\n"
        "      [--memo TEXT] [--coder NAME]\n"
        "                         record that the words START:END of ARTICLE state V on\n"
        "                         dimension ID for ISO3, in the library; prints the claim's\n"
        "                         number (the coder: --coder, else the window's)\n"
        "  --uncode N             remove claim N from the library\n"
        "  --export-codebook FILE|-  write every claim (curated and coded; --coder NAME:\n"
        "                         that coder's only) as a codebook.json, which a --corpus\n"
        "                         folder reads\n"
        "  --export-qdpx FILE     write the project as a REFI-QDA archive (.qdpx) that\n"
        "                         QualCoder, MAXQDA, ATLAS.ti and NVivo open\n");
}

QString coderOf(const Request &request)
{
    if (!request.coder.isEmpty())
        return request.coder;
    return QSettings().value(QStringLiteral("coding/coder")).toString().trimmed();
}

int run(const Request &request)
{
    switch (request.mode) {
    case Request::Mode::Code:
        return runCode(request);
    case Request::Mode::Uncode:
        return runUncode(request);
    default:
        return runExport(request);
    }
}

} // namespace CodingCommands
