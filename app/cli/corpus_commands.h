// The command line's modes over the corpus and the library: --summary, --compare, --import and
// --search (CommandLine::run chooses among them).
#pragma once

#include "app/cli/command_line.h"
#include "app/model/document_model.h"

namespace CorpusCommands {

// The corpus in numbers, where its built-in articles and the library's came from, and its
// articles by id.
void printSummary(const DocumentModel &model);
// --compare: the countries' positions side by side as CSV (with --with-sources, its sidecar).
int compare(const Request &request, const DocumentModel &model);
// --import: files and folders into the library, a line per file on stderr.
int import(const Request &request);
// --search: the hits of a query, a tab-separated line each.
int search(const Request &request, const DocumentModelPtr &model);

} // namespace CorpusCommands
