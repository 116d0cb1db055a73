#include "app/corpus/corpus_loader.h"

#include "app/corpus/bounded_file.h"
#include "app/corpus/manifest.h"
#include "app/corpus/metadata_detector.h"
#include "app/corpus/parallel_map.h"
#include "app/corpus/subject_check.h"
#include "app/corpus/text_decoder.h"
#include "app/corpus/text_digest.h"
#include "app/corpus/text_structure.h"

#include <QDir>
#include <QFileInfo>

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

// Ids of the articles loaded so far, so a later file whose name repeats one is told apart.
QString uniqueId(const QString &wanted, const QSet<QString> &taken)
{
    QString id = wanted;
    for (int n = 2; taken.contains(id); ++n)
        id = wanted + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace

Article CorpusLoader::makeArticle(const QString &text, const QString &file,
                                  const ManifestEntry *entry, bool builtin) const
{
    Article article = readOpen(text, file, entry, builtin);
    article.text = ArticleText(text);
    return article;
}

Article CorpusLoader::makeArticle(const ArticleText &text, const QString &file,
                                  const ManifestEntry *entry, bool builtin) const
{
    Article article = readOpen(text.toString(), file, entry, builtin);
    article.text = text;
    return article;
}

Article CorpusLoader::readOpen(const QString &text, const QString &file, const ManifestEntry *entry,
                               bool builtin) const
{
    // The structure's and the metadata's expressions read views into the text: checked once here
    // for both (their own checks of the same text then take this one's word).
    const SubjectCheck::ValidText checkedOnce(text);
    Article article;
    article.file = file;
    article.builtin = builtin;
    article.text = ArticleText(text, false); // open while its structure and metadata are read
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

CorpusLoader::Read CorpusLoader::readFile(const FileJob &job) const
{
    // Problems name a folder's file by its path, so two folders' "notes.txt" can be told apart.
    Read read;
    read.shownName = job.builtin ? job.file : job.path;
    DecodedText decoded = TextDecoder::readFile(job.path, read.shownName);
    read.problems = std::move(decoded.problems);
    if (!decoded.text)
        return read;
    Article article = makeArticle(*decoded.text, job.file, job.entry, job.builtin);
    article.sha256 = decoded.utf8.isNull() ? TextDigest::textSha256Hex(*decoded.text)
                                           : TextDigest::sha256Hex(decoded.utf8);
    article.folder = job.builtin ? QString() : QFileInfo(job.path).absolutePath();
    article.localId = article.id;
    read.article = std::move(article);
    return read;
}

// Files are read in parallel; they join the corpus here, one by one in file order, so the first
// of two equal texts is the one kept and ids are made unique the same way on any thread count.
void CorpusLoader::addRead(Read read, Corpus &corpus, Seen &seen)
{
    corpus.problems.append(read.problems);
    if (!read.article)
        return;
    Article &article = *read.article;
    if (const auto first = seen.texts.constFind(article.sha256); first != seen.texts.constEnd()) {
        corpus.problems.append({read.shownName, 0,
                                QStringLiteral("has the same text as %1, which is already "
                                               "loaded; it is not loaded twice")
                                    .arg(*first)});
        return;
    }
    article.id = uniqueId(article.id, seen.ids);
    seen.ids.insert(article.id);
    seen.texts.insert(article.sha256, article.shownPath());
    if (article.sentences.isEmpty())
        corpus.problems.append({read.shownName, 0, QStringLiteral("has no sentences to read")});
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
        // A file that cannot be read is listed too: reading it says so, naming it (and the
        // listing asks no file whether it can be read: 20,000 questions for a big folder).
        const QStringList files = QDir(folder).entryList(
            {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files, QDir::Name);
        if (files.isEmpty())
            corpus.problems.append({folder, 0, QStringLiteral("holds no .txt or .md articles")});
        sources.append({folder, std::move(*manifest), files, false});
    }

    QVector<FileJob> jobs;
    for (const Source &source : sources) {
        for (const QString &name : source.files) {
            const QString path = source.builtin ? source.folder + QLatin1Char('/') + name
                                                : QDir(source.folder).filePath(name);
            jobs.append({path, name, source.manifest.find(name), source.builtin});
        }
    }
    const int total = int(jobs.size());
    monitor.report(0, total);
    std::optional<QVector<Read>> reads = ParallelMap::inOrder<Read>(
        jobs.size(), [&](qsizetype i) { return readFile(jobs.at(i)); }, options.threads, monitor, 0,
        total, total);
    if (!reads) {
        corpus.cancelled = true;
        return corpus;
    }
    Seen seen;
    corpus.articles.reserve(reads->size());
    for (Read &read : *reads)
        addRead(std::move(read), corpus, seen);
    return corpus;
}
