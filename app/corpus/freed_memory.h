// Corpus stage: memory freed after a big phase of a load (the records of a library's
// extractions, once stored) given back to the system, so the next phase does not add its own on
// top. The allocator keeps freed memory for the thread that freed it; a load's workers free what
// the UI thread's lists are then built without.
#pragma once

namespace FreedMemory {

// Returns the free pages the allocator holds to the system (glibc); elsewhere it does nothing.
void giveBack();

} // namespace FreedMemory
