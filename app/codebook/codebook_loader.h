// Codebook stage: reads a codebook (resources/codebook.json, or codebook.json in a corpus
// folder), checks every claim against the gazetteer, the dimensions and the articles, and
// locates its quote. Whatever cannot be used is a problem with the codebook's line.
#pragma once

#include "app/codebook/claim.h"
#include "app/corpus/problem.h"

#include <QHash>
#include <QVector>

class Gazetteer;

class CodebookLoader {
public:
    CodebookLoader(const Gazetteer &gazetteer, const QVector<Article> &articles);

    // ownIds: article ids as the codebook's folder knows them -> ids in the corpus.
    QVector<Claim> parse(const QByteArray &json, const QString &fileName, Problems *problems,
                         const QHash<QString, QString> &ownIds = {}) const;
    QVector<Claim> loadFile(const QString &path, const QString &fileName, Problems *problems,
                            const QHash<QString, QString> &ownIds = {}) const;

private:
    bool check(const Claim &claim, Problems *problems) const;

    const Gazetteer &m_gazetteer;
    const QVector<Article> &m_articles;
};
