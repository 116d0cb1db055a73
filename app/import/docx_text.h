// Import stage: the text of a Word file (.docx, unzipped with QuaZip): the paragraphs of
// word/document.xml (list items marked "- ", deleted revisions left out) and the title, author
// and date of docProps/core.xml. Nothing past a size limit is unpacked (a zip bomb is refused).
#pragma once

#include "app/import/imported_text.h"

#include <QByteArray>

namespace DocxText {

// Unpacked parts larger than this are refused.
inline constexpr qint64 kMaxPartBytes = 64 * 1024 * 1024;

ImportResult read(const QByteArray &bytes, const QString &shownName);

// The text of a word/document.xml; empty when it has none. `error` is set when it is not XML.
QString documentText(const QByteArray &xml, QString *error);

} // namespace DocxText
