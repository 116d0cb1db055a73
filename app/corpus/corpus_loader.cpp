#include "app/corpus/corpus_loader.h"

#include "app/corpus/bounded_file.h"
#include "app/corpus/manifest.h"
#include "app/corpus/metadata_detector.h"
#include "app/corpus/text_decoder.h"
#include "app/corpus/text_structure.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <optional>

namespace {

const QString kBuiltinFolder = QStringLiteral(":/corpus");
const QString kManifestName = QStringLiteral("manifest.json");

Manifest readManifest(const QString &folder, Problems *problems)
{
    const QString path = QDir(folder).filePath(kManifestName);
    if (!QFileInfo::exists(path))
        return {};
    const QString shownName = folder.startsWith(QLatin1Char(':')) ? kManifestName : path;
    constexpr qint64 kLimit = 4 * 1024 * 1024;
    const std::optional<QByteArray> bytes =
        BoundedFile::read(path, shownName, kLimit, QStringLiteral("a manifest"), problems);
    return bytes ? Manifest::parse(*bytes, shownName, problems) : Manifest();
}

QString uniqueId(const QString &wanted, const QVector<Article> &articles)
{
    QSet<QString> taken;
    for (const Article &a : articles)
        taken.insert(a.id);
    QString id = wanted;
    for (int n = 2; taken.contains(id); ++n)
        id = wanted + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace

Article CorpusLoader::makeArticle(const QString &text, const QString &file,
                                  const ManifestEntry *entry, bool builtin) const
{
    Article article;
    article.file = file;
    article.builtin = builtin;
    article.text = text;
    TextStructure(m_rules).analyse(article);
    if (entry) {
        article.id = entry->id;
        article.meta = entry->meta;
    }
    const ArticleMetadata &m = article.meta;
    const bool complete =
        entry && !m.title.isEmpty() && !m.publisher.isEmpty() && !m.author.isEmpty();
    // A manifest entry is the analyst's word: detection only fills in what it leaves blank.
    if (!complete)
        article.meta.fillBlanksFrom(MetadataDetector::detect(article), entry && entry->datesGiven);
    if (article.id.isEmpty())
        article.id = QFileInfo(file).completeBaseName();
    return article;
}

void CorpusLoader::addFile(const QString &path, const QString &file, const ManifestEntry *entry,
                           bool builtin, Corpus &corpus) const
{
    // Problems name a folder's file by its path, so two folders' "notes.txt" can be told apart.
    const QString shownName = builtin ? file : path;
    DecodedText decoded = TextDecoder::readFile(path, shownName);
    corpus.problems.append(decoded.problems);
    if (!decoded.text)
        return;
    const QByteArray digest =
        QCryptographicHash::hash(decoded.text->toUtf8(), QCryptographicHash::Sha256).toHex();
    for (const Article &loaded : corpus.articles) {
        if (loaded.sha256 == digest) {
            corpus.problems.append({shownName, 0,
                                    QStringLiteral("has the same text as %1, which is already "
                                                   "loaded; it is not loaded twice")
                                        .arg(loaded.shownPath())});
            return;
        }
    }
    Article article = makeArticle(*decoded.text, file, entry, builtin);
    article.sha256 = digest;
    article.folder = builtin ? QString() : QFileInfo(path).absolutePath();
    article.localId = article.id;
    article.id = uniqueId(article.id, corpus.articles);
    if (article.sentences.isEmpty())
        corpus.problems.append({shownName, 0, QStringLiteral("has no sentences to read")});
    corpus.articles.append(std::move(article));
}

struct CorpusLoader::Source {
    QString folder;
    Manifest manifest;
    QStringList files;
    bool builtin = false;
};

namespace {

std::optional<Manifest> folderManifest(const QString &folder, Problems *problems)
{
    if (!QFileInfo(folder).isDir()) {
        problems->append({folder, 0,
                          QFileInfo::exists(folder)
                              ? QStringLiteral("is a file, not a folder of articles")
                              : QStringLiteral("no such folder")});
        return std::nullopt;
    }
    return readManifest(folder, problems);
}

} // namespace

Corpus CorpusLoader::load(const CorpusOptions &options, const LoadMonitor &monitor) const
{
    Corpus corpus;
    QVector<Source> sources;
    if (options.builtin) {
        sources.append(
            {kBuiltinFolder, readManifest(kBuiltinFolder, &corpus.problems),
             QDir(kBuiltinFolder).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name),
             true});
    }
    for (const QString &folder : options.folders) {
        std::optional<Manifest> manifest = folderManifest(folder, &corpus.problems);
        if (!manifest)
            continue;
        const QStringList files =
            QDir(folder).entryList({QStringLiteral("*.txt"), QStringLiteral("*.md")},
                                   QDir::Files | QDir::Readable, QDir::Name);
        if (files.isEmpty())
            corpus.problems.append({folder, 0, QStringLiteral("holds no .txt or .md articles")});
        sources.append({folder, std::move(*manifest), files, false});
    }

    int total = 0;
    for (const Source &source : sources)
        total += int(source.files.size());
    int done = 0;
    monitor.report(done, total);
    for (const Source &source : sources) {
        for (const QString &name : source.files) {
            if (monitor.shouldStop()) {
                corpus.cancelled = true;
                return corpus;
            }
            const QString path = source.builtin ? source.folder + QLatin1Char('/') + name
                                                : QDir(source.folder).filePath(name);
            addFile(path, name, source.manifest.find(name), source.builtin, corpus);
            monitor.report(++done, total);
        }
    }
    return corpus;
}
