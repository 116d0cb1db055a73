// The command line of position-explorer: parses arguments into a Request and runs the
// headless modes. A bad argument is one line on stderr and a non-zero exit.
#pragma once

#include "corpus/corpus_loader.h"

#include <QStringList>

struct Request {
    enum class Mode { Window, Summary, ExportModel, Help, Version };
    Mode mode = Mode::Window;
    CorpusOptions corpus;
    QString out; // for ExportModel: a file or "-"
};

struct ParseResult {
    Request request;
    QString error; // empty when the arguments are good
};

class CommandLine {
public:
    static ParseResult parse(const QStringList &arguments);
    static QString helpText();
    static bool isHeadless(const Request &request) { return request.mode != Request::Mode::Window; }
    // Runs a headless request; returns the process exit code.
    static int run(const Request &request);
};
