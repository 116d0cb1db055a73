// Import stage: what the PDF reader module (app/import/pdf_reader/) gives of a PDF — the text of
// each page and the document information — and the one function it exports. Poppler and the
// libraries it needs live in that module, which is loaded when the first PDF is imported, so a
// window that imports no PDF neither loads nor relocates them.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

struct PdfPages {
    enum class Outcome { Read, NotAPdf, Locked };
    Outcome outcome = Outcome::NotAPdf;
    QStringList pages; // each page's text, its lines separated by '\n'
    QString title;
    QString author;
};

// The module's entry point, exported unmangled as kPdfPagesEntry. Its name carries the version of
// this interface: a module built against another PdfPages is not found rather than misread.
using ReadPdfPages = void (*)(const QByteArray &bytes, PdfPages *out);
inline constexpr char kPdfPagesEntry[] = "pe_read_pdf_pages_v1";
