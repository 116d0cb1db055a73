// The command line's coding modes: --code adds a claim to the library, --uncode removes one,
// --export-codebook writes the claims as a codebook and --export-qdpx as a REFI-QDA project.
#pragma once

#include "app/cli/command_line.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace CodingCommands {

// The options every coding mode knows, for CommandLine::parse to add.
QList<QCommandLineOption> options();
// The modes among them, in the order --help lists them.
QStringList modeOptions();
// Fills the request of a coding mode from the parser; the error, or empty. False when the
// parser asks for none of them.
bool parse(Request &r, const QCommandLineParser &parser, QString *error);
bool isCodingMode(Request::Mode mode);
QString helpText();
// The coder a claim is recorded for: --coder, else the name the window keeps in its settings.
QString coderOf(const Request &request);
int run(const Request &request);

} // namespace CodingCommands
