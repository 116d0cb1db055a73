// Library stage: the extractions of the library's articles kept in the library (schema 4), so
// that re-opening it extracts only the articles that changed. A record is found by the digest of
// everything extraction depends on — this build of the program (its rules are built in), the
// article's text and its metadata — so a record is never used for other inputs.
#pragma once

#include "app/corpus/article.h"
#include "app/library/library_database.h"

#include <QHash>

#include <optional>

namespace ExtractionCache {

struct Record {
    QByteArray key;        // input digest, hex (see key())
    QByteArray textSha256; // the article's text, hex
    QByteArray bytes;      // ArticleExtraction::encode()
};

// This build of the program: its executable's path, size and time of change, which change with
// every build (and the rules and code inside it), and the version of Qt it runs on.
QByteArray buildIdentity();
// The digest `article`'s extraction is kept under, by `build`.
QByteArray key(const Article &article, const QByteArray &build);

// Every record kept, by key; nullopt, with a message naming the file, when none can be read.
std::optional<QHash<QByteArray, QByteArray>> load(const LibraryDatabase &library, QString *error);
// Keeps `records` in one write, each replacing those of its text, and drops the records of texts
// no longer in the library. False, with a message naming the file, when nothing was written.
bool store(const LibraryDatabase &library, const QVector<Record> &records, QString *error);

} // namespace ExtractionCache
