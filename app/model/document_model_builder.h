// Builds a DocumentModel snapshot: corpus → structure → mentions and events → claims (the
// codebooks' and the library's) → positions. Pure and synchronous, so it can run off the UI thread;
// a LoadMonitor follows it and can stop it between files and between articles.
#pragma once

#include "app/corpus/corpus_loader.h"
#include "app/corpus/load_monitor.h"
#include "app/library/library_database.h"
#include "app/model/document_model.h"

class DocumentModelBuilder {
public:
    // Progress runs over two steps a file: reading it, then extracting from its article.
    // Returns nullptr when the monitor asked to stop.
    static DocumentModelPtr build(const CorpusOptions &options, const LoadMonitor &monitor = {},
                                  const ClaimFilter &filter = {});
    // The snapshot shown with the library's coded claims and own dimensions read again and the
    // positions rebuilt — what coding changes — without reading or extracting the articles
    // again. Synchronous: fast enough for the UI thread.
    static DocumentModelPtr recode(const DocumentModel &shown, const LibraryDatabase &library);
    // The snapshot shown with its positions resting on the claims `filter` admits.
    static DocumentModelPtr withFilter(const DocumentModel &shown, const ClaimFilter &filter);
};
