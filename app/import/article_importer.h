// Import stage: reads a file a user brings — .txt, .md, .html/.htm, .pdf, .docx — into text and
// the metadata the file gives, by its suffix; a file it cannot read gets one message naming it.
#pragma once

#include "app/import/imported_text.h"

#include <QStringList>

namespace ArticleImporter {

inline constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

QStringList suffixes(); // "txt", "md", "html", "htm", "pdf", "docx"
bool canImport(const QString &path);

// Reads the file at `path` (refused unread above kMaxFileBytes).
ImportResult readFile(const QString &path);
// Reads bytes already in memory as the format of `suffix` ("htm" as html).
ImportResult fromBytes(const QByteArray &bytes, const QString &suffix, const QString &shownName);

} // namespace ArticleImporter
