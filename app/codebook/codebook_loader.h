// Codebook stage: reads a codebook (resources/codebook.json, or codebook.json in a corpus
// folder), checks every claim against the gazetteer, the dimensions and the articles, and
// locates its quote. Whatever cannot be used is a problem with the codebook's line.
#pragma once

#include "app/codebook/claim.h"
#include "app/corpus/problem.h"

#include <QHash>
#include <QVector>

class Dimensions;
class Gazetteer;

class CodebookLoader {
public:
    CodebookLoader(const Gazetteer &gazetteer, const QVector<Article> &articles,
                   const Dimensions &dimensions);

    // ownIds: article ids as the codebook's folder knows them -> ids in the corpus.
    QVector<Claim> parse(const QByteArray &json, const QString &fileName, Problems *problems,
                         const QHash<QString, QString> &ownIds = {}) const;
    QVector<Claim> loadFile(const QString &path, const QString &fileName, Problems *problems,
                            const QHash<QString, QString> &ownIds = {}) const;

private:
    // Whether the claim's country, dimension, value and quote can be used; else a problem.
    bool check(const Claim &claim, Problems *problems) const;

public:
    // Why the claim cannot be used (an unknown country or dimension, a value not the
    // dimension's, no quote); empty when it can.
    QString refusal(const Claim &claim) const;

private:
    const Gazetteer &m_gazetteer;
    const QVector<Article> &m_articles;
    const Dimensions &m_dimensions;
};
