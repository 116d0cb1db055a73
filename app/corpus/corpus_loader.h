// Corpus stage: reads the built-in articles (Qt resources) and any folders the user adds,
// decodes them, finds their structure and metadata. Bad files become problems; the rest loads.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/load_monitor.h"
#include "app/corpus/problem.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

struct CorpusOptions {
    CorpusOptions() = default;
    CorpusOptions(bool withBuiltin, const QStringList &withFolders, const QString &withLibrary = {})
        : builtin(withBuiltin)
        , folders(withFolders)
        , library(withLibrary)
    {}

    bool builtin = true;
    QStringList folders; // each adds its *.txt and *.md files (and manifest.json, if any)
    QString library;     // the library file whose articles join them; empty: none
    int threads = 0;     // how many threads read and extract; 0: one per core
};

struct Corpus {
    QVector<Article> articles;
    Problems problems;
    bool cancelled = false; // the monitor asked to stop: what was read is incomplete
};

class CorpusLoader {
public:
    explicit CorpusLoader(const BoilerplateRules &rules)
        : m_rules(rules)
    {}

    // Reports progress as files read of all files, and stops between files when asked.
    Corpus load(const CorpusOptions &options, const LoadMonitor &monitor = {}) const;

    // One article from text already in memory (used by load and by tests).
    Article makeArticle(const QString &text, const QString &file, const struct ManifestEntry *entry,
                        bool builtin) const;
    // The same from a text kept already (a library's): the article shares it, not a copy.
    Article makeArticle(const ArticleText &text, const QString &file,
                        const struct ManifestEntry *entry, bool builtin) const;

private:
    // The article read from its open text: structure and metadata; its text is left open.
    Article readOpen(const QString &text, const QString &file, const struct ManifestEntry *entry,
                     bool builtin) const;
    struct Source; // a folder (or the built-in corpus) with its manifest and files
    struct FileJob {
        QString path;
        QString file;
        const struct ManifestEntry *entry = nullptr;
        bool builtin = false;
    };
    struct Read {          // one file read on its own, before it joins the corpus
        QString shownName; // how problems name the file
        std::optional<Article> article;
        Problems problems;
    };
    struct Seen { // what the corpus holds so far: ids, and each text's digest with its file
        QSet<QString> ids;
        QHash<QByteArray, QString> texts;
    };
    Read readFile(const FileJob &job) const;
    static void addRead(Read read, Corpus &corpus, Seen &seen);

    const BoilerplateRules &m_rules;
};
