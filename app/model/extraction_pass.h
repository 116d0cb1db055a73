// Model stage: the mentions and events of every article of a build, read from the extractions
// kept where they still fit — the built-in articles' made with the program, the library's
// articles' in the library — and found anew (on every core) where not; the library's new ones
// are kept for its next opening. A build that finds every record kept compiles none of the
// event types' patterns.
#pragma once

#include "app/corpus/load_monitor.h"
#include "app/library/library_database.h"
#include "app/model/document_model.h"

namespace ExtractionPass {

// The part of a build's progress the pass reports: steps from..from + count of total.
struct ProgressSteps {
    int from = 0;
    int count = 0;
    int total = 0;
};

// How many articles are extracted before their new records are kept in the library: a big
// library's records are never all held at once, and a load stopped midway keeps what it did.
inline constexpr qsizetype kRecordBatch = 1000;

// Fills the model's mentions and events (events by start, then end) from its articles;
// `library` (may be null) gives the kept extractions and keeps the new ones, `batch` articles at
// a time. False when the monitor asked to stop.
bool run(DocumentModel &model, const LibraryDatabase *library, const LoadMonitor &monitor,
         int threads, ProgressSteps steps, qsizetype batch = kRecordBatch);

} // namespace ExtractionPass
