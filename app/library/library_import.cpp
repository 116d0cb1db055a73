#include "app/library/library_import.h"

#include "app/corpus/manifest.h"
#include "app/corpus/parallel_map.h"
#include "app/import/article_importer.h"

#include <QDirIterator>
#include <QFileInfo>

namespace LibraryImport {

QStringList filesOf(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isFile()) {
            files.append(path);
        } else if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (ArticleImporter::canImport(file))
                    found.append(file);
            }
            found.sort();
            files += found;
        } else {
            missing->append(path);
        }
    }
    return files;
}

LoadedTexts textsOf(const QVector<Article> &articles)
{
    LoadedTexts texts;
    for (const Article &a : articles) {
        if (a.library.isEmpty())
            texts.insert(a.sha256,
                         a.builtin
                             ? QStringLiteral("the built-in article %1 (%2)").arg(a.file, a.label())
                             : a.shownPath());
    }
    return texts;
}

ImportOutcome importFile(const LibraryDatabase &library, const QString &path,
                         const BoilerplateRules &rules, const LoadedTexts &loaded)
{
    ImportOutcome outcome;
    outcome.path = path;
    const ImportResult read = ArticleImporter::readFile(path);
    if (!read.imported) {
        outcome.message = read.error;
        return outcome;
    }
    const auto copyOf = loaded.constFind(LibraryArticles::digest(read.imported->text));
    if (copyOf != loaded.cend()) {
        outcome.result = ImportOutcome::Result::AlreadyThere;
        outcome.message = QStringLiteral("%1: has the same text as %2, already in the corpus; "
                                         "not imported")
                              .arg(path, *copyOf);
        return outcome;
    }
    const QString fileName = QFileInfo(path).fileName();
    const Article asRead =
        CorpusLoader(rules).makeArticle(read.imported->text, fileName, nullptr, false);
    // What the file says of itself comes first; the text fills in the rest.
    ArticleMetadata meta = read.imported->meta;
    meta.fillBlanksFrom(asRead.meta);
    const LibraryArticles::Added added =
        LibraryArticles::add(library, fileName, *read.imported, meta);
    if (!added.duplicateOf.isEmpty()) {
        outcome.result = ImportOutcome::Result::AlreadyThere;
        outcome.message = QStringLiteral("%1: has the same text as %2, already in the library; "
                                         "not imported again")
                              .arg(path, added.duplicateOf);
    } else if (!added.ok()) {
        outcome.message = QStringLiteral("%1: not imported: %2").arg(path, added.error);
    } else {
        outcome.result = ImportOutcome::Result::Imported;
        outcome.key = added.key;
        outcome.message = QStringLiteral("%1: imported as %2").arg(path, added.key);
    }
    return outcome;
}

QVector<Article> articles(const LibraryDatabase &library, const CorpusLoader &loader,
                          Problems *problems, int threads)
{
    QString error;
    const std::optional<QVector<LibraryArticle>> stored = LibraryArticles::all(library, &error);
    if (!stored) {
        problems->append({library.path(), 0, error});
        return {};
    }
    // Each article's structure and metadata are found on every core, in the library's order.
    const auto makeOne = [&](qsizetype i) {
        const LibraryArticle &a = stored->at(i);
        ManifestEntry entry;
        entry.id = a.key;
        entry.meta = a.meta;
        entry.datesGiven = true; // stored as detected at import, or as the user set them
        Article article = loader.makeArticle(a.text, a.fileName, &entry, false);
        article.localId = a.key;
        article.library = library.path();
        article.sha256 = a.sha256;
        return article;
    };
    const QVector<Article> articles =
        *ParallelMap::inOrder<Article>(stored->size(), makeOne, threads, LoadMonitor(), 0, 0, 0);
    return articles;
}

} // namespace LibraryImport
