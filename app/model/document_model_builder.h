// Builds a DocumentModel snapshot: corpus → structure → mentions and events → claims →
// positions. Pure and synchronous, so it can run off the UI thread; a LoadMonitor follows it
// and can stop it between files and between articles.
#pragma once

#include "app/corpus/corpus_loader.h"
#include "app/corpus/load_monitor.h"
#include "app/model/document_model.h"

class DocumentModelBuilder {
public:
    // Progress runs over two steps a file: reading it, then extracting from its article.
    // Returns nullptr when the monitor asked to stop.
    static DocumentModelPtr build(const CorpusOptions &options, const LoadMonitor &monitor = {});
};
