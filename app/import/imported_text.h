// Import stage: an article read from a file a user has — its text as it will enter the model and
// the metadata the file itself gives (an HTML page's meta tags, a PDF's document information, a
// Word file's core properties) — or why it cannot be read.
#pragma once

#include "app/corpus/article.h"

#include <optional>

struct ImportedText {
    QString text;
    ArticleMetadata meta; // what the file says of itself; blanks are detected from the text later
    QString format;       // "txt", "md", "html", "pdf", "docx"
};

struct ImportResult {
    std::optional<ImportedText> imported;
    QString error; // "FILE: why", when nothing could be imported

    static ImportResult failed(const QString &error) { return {std::nullopt, error}; }
};
