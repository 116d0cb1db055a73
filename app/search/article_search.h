// Search stage: full-text search over every article of a document model — built-in, folders,
// library — with SQLite FTS5 (an index in memory, made for the snapshot) to find and rank the
// articles, and the hits' exact spans found in the text, in the model's offsets.
#pragma once

#include "app/model/document_model.h"
#include "app/search/search_query.h"

struct SearchHit {
    QString article;     // id
    TextSpan span;       // of the matched words, in the article's text
    QString snippet;     // the words around it, on one line
    QString snippetHtml; // the same, escaped, the match in <b>
};

struct SearchResult {
    QVector<SearchHit> hits; // by article rank, then by place in the article
    bool more = false;       // more hits follow the last one given
    QString error;           // a malformed query, or an index that cannot be made
};

class ArticleSearch {
public:
    static constexpr int kPageSize = 200; // hits the window lists at a time
    explicit ArticleSearch(DocumentModelPtr model);
    ~ArticleSearch();
    ArticleSearch(const ArticleSearch &) = delete;
    ArticleSearch &operator=(const ArticleSearch &) = delete;

    // Hits `from` to `from + limit` (a page: the first comes at once, the next when asked).
    SearchResult find(const QString &text, int limit = 2000, int from = 0) const;

    // Where the terms of `query` occur in `text` (every occurrence of each term, in order).
    static QVector<TextSpan> spansIn(const QString &text, const SearchQuery &query);
    static SearchHit hitAt(const Article &article, const TextSpan &span);

private:
    bool buildIndex(QString *error);

    DocumentModelPtr m_model;
    QString m_connection;
    QString m_indexError;
};
