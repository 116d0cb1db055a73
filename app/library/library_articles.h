// Library stage: the articles of the library — added, listed, edited, removed — asked of the
// LibraryDatabase's connection with bound values and returned as value structs. Every write is
// one transaction, so a library holds whole articles only.
#pragma once

#include "app/corpus/article_text.h"
#include "app/import/imported_text.h"
#include "app/library/library_database.h"

#include <QDateTime>
#include <QSet>

#include <functional>
#include <optional>

struct LibraryArticle {
    qint64 id = 0;
    QString key;      // the article's id in the document model
    QString fileName; // the original file's name
    QString format;
    QByteArray sha256;    // hex
    ArticleText text;     // kept compact as it is read: a big library is never all UTF-16 at once
    ArticleMetadata meta; // as shown: detected at import, or as the user edited it
    ArticleMetadata detected; // as detected at import
    bool edited = false;
    QDateTime importedAt;
};

namespace LibraryArticles {

struct Added {
    qint64 id = 0;       // 0 when nothing was added
    QString key;         // the new article's id
    QString duplicateOf; // the file name of the article with the same text, when refused so
    QString error;
    bool ok() const { return id > 0; }
};

// Hex SHA-256 of the text as stored: what tells two copies of an article apart.
QByteArray digest(const QString &text);
// An id for a file, from its name ("War at the door.html" → "war-at-the-door"), that `taken`
// says is free ("war-at-the-door-2" when that one is taken).
QString keyFor(const QString &fileName, const std::function<bool(const QString &)> &taken);

// Adds an article unless the library has its text already. `beforeCommit`, when given, runs
// inside the transaction and can abort it by returning false (a failure half-way, in tests).
Added add(const LibraryDatabase &library, const QString &fileName, const ImportedText &imported,
          const ArticleMetadata &detected, const std::function<bool()> &beforeCommit = {});
std::optional<QVector<LibraryArticle>> all(const LibraryDatabase &library, QString *error);
bool setMetadata(const LibraryDatabase &library, const QString &key, const ArticleMetadata &meta,
                 QString *error);
bool remove(const LibraryDatabase &library, const QString &key, QString *error);

} // namespace LibraryArticles
