// Corpus stage: the manifest (manifest.json beside the articles) gives each file its id and
// metadata — title, publisher, author, publication date, period covered, URL.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/problem.h"

#include <QHash>

struct ManifestEntry {
    QString id;
    ArticleMetadata meta;
    bool datesGiven = false; // a good "published" or "period" is in the entry (null: unknown)
};

class Manifest {
public:
    static Manifest parse(const QByteArray &json, const QString &fileName, Problems *problems);

    const ManifestEntry *find(const QString &file) const;
    qsizetype size() const { return m_entries.size(); }

private:
    QHash<QString, ManifestEntry> m_entries; // by file name
};
