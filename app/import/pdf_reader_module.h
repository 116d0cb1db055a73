// Import stage: finds and loads the PDF reader module (see pdf_pages.h) the first time a PDF is
// read; it stays loaded. It is looked up beside the program first (a program moved with its
// module), then where the build put it.
#pragma once

#include "app/import/pdf_pages.h"

namespace PdfReaderModule {

// The module's entry point; nullptr, with why (naming the module's file), when it cannot be
// loaded. Safe to call from several threads at once.
ReadPdfPages entry(QString *error);

} // namespace PdfReaderModule
