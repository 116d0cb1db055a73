// Import stage: the text of a saved web page — its headings, paragraphs and list items as
// paragraphs of plain text, with scripts, styles, navigation, forms and footers dropped (nothing
// is fetched or executed) — and its metadata from <title> and the usual meta tags.
#pragma once

#include "app/import/imported_text.h"

#include <QByteArray>

namespace HtmlText {

// `shownName` names the file in the error of a page with no text.
ImportResult read(const QByteArray &bytes, const QString &shownName);

} // namespace HtmlText
