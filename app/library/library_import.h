// Library stage: imports files and folders into the library — each file read by the importer,
// its metadata completed from its text, and stored in its own transaction — and reads the
// library's articles back as articles of the corpus.
#pragma once

#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "app/library/library_articles.h"

struct ImportOutcome {
    enum class Result { Imported, AlreadyThere, Failed };
    QString path;
    Result result = Result::Failed;
    QString key;     // Imported: the article's id
    QString message; // one line for the user, naming the file
};

namespace LibraryImport {

// The files an import of `paths` reads: a file as given, the importable files of a folder and
// of its subfolders in name order. A path that does not exist is reported in `missing`.
QStringList filesOf(const QStringList &paths, QStringList *missing);

// The texts already in the corpus outside the library (built-in articles, added folders), by
// their digest: an import refuses a copy of one as it refuses a copy of a library article.
using LoadedTexts = QHash<QByteArray, QString>; // digest → how the article is named to the user
LoadedTexts textsOf(const QVector<Article> &articles);

ImportOutcome importFile(const LibraryDatabase &library, const QString &path,
                         const BoilerplateRules &rules, const LoadedTexts &loaded = {});

// The library's articles as the corpus holds articles: structure found, blanks of the metadata
// detected, marked as the library's. Problems name the library file.
// `threads`: as CorpusOptions::threads (0: one per core).
QVector<Article> articles(const LibraryDatabase &library, const CorpusLoader &loader,
                          Problems *problems, int threads = 0);

} // namespace LibraryImport
