// Import stage: the text layer of a PDF (read by Poppler in the PDF reader module, loaded on first
// use), page by page, its lines joined into paragraphs, with the title and author of its document
// information. A PDF without
// text (a scan) or one locked with a password is refused with a message, never imported empty.
#pragma once

#include "app/import/imported_text.h"

#include <QByteArray>

namespace PdfText {

ImportResult read(const QByteArray &bytes, const QString &shownName);

// Lines of extracted text as paragraphs: a line ending a sentence that is clearly shorter than
// the page's full lines ends its paragraph; a short line that ends no sentence and is followed
// by one opening with a capital or a digit is a paragraph of its own (a title, a dateline, a
// heading); a word broken by a hyphen at a line end is joined.
QString joinLines(const QStringList &lines);

} // namespace PdfText
