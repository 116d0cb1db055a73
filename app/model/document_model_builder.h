// Builds a DocumentModel snapshot: corpus → structure → mentions and events → claims →
// positions. Pure and synchronous, so it can run off the UI thread.
#pragma once

#include "corpus/corpus_loader.h"
#include "document_model.h"

class DocumentModelBuilder {
public:
    static DocumentModelPtr build(const CorpusOptions &options);
};
