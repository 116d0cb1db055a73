// Corpus stage: reads the built-in articles (Qt resources) and any folders the user adds,
// decodes them, finds their structure and metadata. Bad files become problems; the rest loads.
#pragma once

#include "article.h"
#include "boilerplate_rules.h"
#include "problem.h"

#include <QStringList>

struct CorpusOptions {
    bool builtin = true;
    QStringList folders; // each adds its *.txt and *.md files (and manifest.json, if any)
};

struct Corpus {
    QVector<Article> articles;
    Problems problems;
};

class CorpusLoader {
public:
    explicit CorpusLoader(const BoilerplateRules &rules)
        : m_rules(rules)
    {}

    Corpus load(const CorpusOptions &options) const;

    // One article from text already in memory (used by load and by tests).
    Article makeArticle(const QString &text, const QString &file, const struct ManifestEntry *entry,
                        bool builtin) const;

private:
    void loadFolder(const QString &folder, Corpus &corpus) const;
    void loadBuiltin(Corpus &corpus) const;
    void addFile(const QString &path, const QString &file, const struct ManifestEntry *entry,
                 bool builtin, Corpus &corpus) const;

    const BoilerplateRules &m_rules;
};
