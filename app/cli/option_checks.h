// The command line's checks of option values that need no document model: chart export
// options, the comparison set's size, the output file.
#pragma once

#include "app/cli/command_line.h"

class QCommandLineParser;

namespace OptionChecks {

// Fills the request's chart options from the parser; the error, or empty.
QString chartOptions(Request &r, const QCommandLineParser &parser);
// --compare ISO3,ISO3[,…] --out FILE.csv
QString compareOptions(Request &r, const QCommandLineParser &parser);
// --out FILE with --force: a file there is only overwritten when asked; "-" is stdout.
QString outFile(Request &r, const QCommandLineParser &parser);
// The folder --out writes to exists and can be written: checked before any work, a file that
// cannot be written (exit 1), not a bad argument (exit 2).
QString outFolder(const Request &r);

} // namespace OptionChecks
