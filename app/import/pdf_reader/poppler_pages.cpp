// The PDF reader module: reads a PDF's pages and document information with Poppler's Qt 6
// binding (see app/import/pdf_pages.h). It is a library of its own, loaded on first use.
#include "app/import/pdf_pages.h"

#include <poppler-qt6.h>

#include <memory>
#include <type_traits>

extern "C" Q_DECL_EXPORT void pe_read_pdf_pages_v1(const QByteArray &bytes, PdfPages *out)
{
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        out->outcome = PdfPages::Outcome::NotAPdf;
        return;
    }
    if (document->isLocked()) {
        out->outcome = PdfPages::Outcome::Locked;
        return;
    }
    out->outcome = PdfPages::Outcome::Read;
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            out->pages.append(page->text(QRectF()));
    }
    out->title = document->info(QStringLiteral("Title")).trimmed();
    out->author = document->info(QStringLiteral("Author")).trimmed();
}

static_assert(std::is_same_v<decltype(&pe_read_pdf_pages_v1), ReadPdfPages>,
              "the module's entry point is the one app/import/pdf_pages.h declares");
