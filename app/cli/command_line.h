// The command line of position-explorer: parses arguments into a Request and runs the
// headless modes. A bad argument is one line on stderr and a non-zero exit.
#pragma once

#include "app/codebook/claim.h"
#include "app/corpus/corpus_loader.h"
#include "app/export/chart_export_options.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

struct Request {
    enum class Mode {
        Window,
        Summary,
        ExportModel,
        ListCharts,
        ExportChart,
        Compare,
        Import,
        Search,
        Code,
        Uncode,
        ExportCodebook,
        ExportQdpx,
        Help,
        Version
    };
    Mode mode = Mode::Window;
    CorpusOptions corpus;
    QString out; // ExportModel, Compare: a file or "-"; ExportChart: the image file
    QString chart;
    QStringList countries; // ISO3, upper case (ExportChart: --country; Compare: --compare)
    ChartExportOptions chartOptions; // ExportChart: format, size, scale, theme, sidecar;
                                     // Compare: the sidecar
    bool force = false;
    bool libraryGiven = false;     // --library PATH (in corpus.library); else the default library
    QStringList importPaths;       // Import: the files and folders to import
    QString query;                 // Search
    Claim claim;                   // Code: article, span, country, dimension, value, memo
    qint64 claimId = 0;            // Uncode
    QString coder;                 // Code, ExportCodebook: --coder
    bool benchmarkStartup = false; // Window: print the time to the first loaded paint, quit
};

struct ParseResult {
    Request request;
    QString error; // empty when the arguments are good
};

class CommandLine {
public:
    static ParseResult parse(const QStringList &arguments);
    // Checks what needs the document model: country codes, and that a chart that is built for
    // countries has some. Empty when all is well.
    static QString checkAgainst(const Request &request, const class DocumentModel &model);
    static QString helpText();
    static bool isHeadless(const Request &request) { return request.mode != Request::Mode::Window; }
    // Every line the program writes on stderr about a failure starts with its name:
    // "position-explorer: …" for an error, "position-explorer: warning: …" for a warning.
    static QTextStream &error();
    static QTextStream &warning();
    // Prints the model's problems to stderr, one warning "FILE[:LINE]: message" a line.
    static void reportProblems(const class DocumentModel &model);
    // Builds the document model a headless request reads, prints its problems and refuses an
    // empty corpus. nullptr, with `*exitCode` set, when the command cannot go on.
    static std::shared_ptr<const class DocumentModel> loadModel(const Request &request,
                                                                int *exitCode);
    // The library a request reads: the one --library names, else the default one when it
    // exists (or always, when `create`, for an import).
    static QString libraryOf(const Request &request, bool create);
    // Opens a library for a headless mode: its problems printed as warnings, and false with
    // the error printed when it cannot be opened.
    static bool openLibrary(class LibraryDatabase &library);
    // Runs a headless request that needs no widgets; returns the process exit code.
    static int run(const Request &request);
};
