// Search stage: full-text search over every article of a document model — built-in, folders,
// library — with SQLite FTS5 (an index in memory, made for the snapshot) to find and rank the
// articles, and the hits' exact spans found in the text, in the model's offsets. A big library's
// index (seconds to make) can be made on a worker thread: it writes the same in-memory database
// through a connection of its own (SQLite's shared cache), and find() waits for nothing.
#pragma once

#include "app/model/document_model.h"
#include "app/search/search_query.h"

#include <QFuture>

#include <atomic>
#include <memory>

class QThreadPool;

struct SearchHit {
    QString article;     // id
    TextSpan span;       // of the matched words, in the article's text
    QString snippet;     // the words around it, on one line
    QString snippetHtml; // the same, escaped, the match in <b>
    // On the last hit listed of an article with more than ArticleSearch::kHitsPerArticle: how
    // many of its hits were left out of the list (ArticleSearch::findIn gives them).
    int moreInArticle = 0;
};

struct SearchResult {
    QVector<SearchHit> hits; // by article rank, then by place in the article
    bool more = false;       // more hits follow the last one given
    QString error;           // a malformed query, or an index that cannot be made
};

class ArticleSearch {
public:
    static constexpr int kPageSize = 200; // hits the window lists at a time
    // Hits of one article listed among the others: an article that holds the words 60,000
    // times (a page saved without its paragraphs) would otherwise fill every page.
    static constexpr int kHitsPerArticle = 20;
    enum class Index { Now, InBackground };
    explicit ArticleSearch(DocumentModelPtr model, Index index = Index::Now);
    ~ArticleSearch();
    ArticleSearch(const ArticleSearch &) = delete;
    ArticleSearch &operator=(const ArticleSearch &) = delete;

    // The thread indexes are made on in the background: one of their own, so that a long index
    // leaves Qt's global pool (which the raster painter, among others, uses) alone.
    static QThreadPool *indexingPool();

    // Serves `model` from now on when it holds the very articles of the snapshot indexed, as a
    // snapshot made by coding a claim or filtering the claims does: the index (made, or being
    // made) fits it, and true. False, and nothing changed, when its articles are others.
    bool adopt(DocumentModelPtr model);

    // The index made in the background: finished when it is made (its result the error, empty
    // when made); not valid when it was made at once.
    QFuture<QString> indexing() const { return m_indexing; }
    bool isReady() const { return !m_indexing.isValid() || m_indexing.isFinished(); }

    // Hits `from` to `from + limit` (a page: the first comes at once, the next when asked), at
    // most kHitsPerArticle of each article. While the index is made, an error says so.
    SearchResult find(const QString &text, int limit = 2000, int from = 0) const;
    // The hits of `article` alone, all of them, `from` to `from + limit`.
    SearchResult findIn(const QString &article, const QString &text, int limit, int from) const;

    // Where the terms of `query` occur in `text` (every occurrence of each term, in order).
    static QVector<TextSpan> spansIn(const QString &text, const SearchQuery &query);
    // `text` is the article's, as a string (made once for all its hits).
    static SearchHit hitAt(const Article &article, const QString &text, const TextSpan &span);

private:
    // Makes the index through `connection` (an open one, on its own thread): the error, or
    // empty; "stopped" when `stop` was set.
    static QString fillIndex(const QString &connection, const DocumentModel &model,
                             const std::atomic<bool> &stop);
    QString indexError() const;

    DocumentModelPtr m_model;
    QString m_connection;
    QString m_indexError;
    QFuture<QString> m_indexing;
    std::shared_ptr<std::atomic<bool>> m_stop;
};
