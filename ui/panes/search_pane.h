// ui: Search Articles — a query field over every article of the snapshot (words, "phrases",
// prefix*), the hits listed with their article, date and a snippet with the match in bold;
// Enter or a click on a hit opens the source viewer at the match. An article's hits past the
// first ArticleSearch::kHitsPerArticle are offered in a row of their own, listed when asked.
#pragma once

#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QSet>
#include <QWidget>

#include <memory>

class ArticleSearch;
struct SearchHit;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

class SearchPane : public QWidget {
    Q_OBJECT
public:
    explicit SearchPane(QWidget *parent = nullptr);
    ~SearchPane() override;

    void setDocument(DocumentModelPtr document);
    void focusQuery(); // selects the query's text, ready to be typed over
    // Lists the hits of `query`, which the query field then shows (as if it had been typed).
    void search(const QString &query);

    QLineEdit *queryField() const { return m_query; }
    QListWidget *hits() const { return m_hits; }
    QString message() const;
    // From how many articles the index is made on a worker thread, the window answering (the
    // hits are listed when it is made); below, at the first search. For tests.
    void setIndexInBackgroundFrom(int articles) { m_indexInBackgroundFrom = articles; }
    static constexpr int kIndexInBackgroundFrom = 500;
    // A hit row's article id and the start of its match, for tests.
    static constexpr int kHitArticleRole = Qt::UserRole + 2;
    static constexpr int kHitStartRole = Qt::UserRole + 3;

Q_SIGNALS:
    void spanRequested(const SpanLink &link);

private:
    void open(QListWidgetItem *item);
    void listHits(const QString &query, bool focusHits);
    void showPage();
    bool addHit(const SearchHit &hit, int row); // false: its article is not in the snapshot
    void addArticleMore(const QString &article, int from, int left, int row);
    void showMoreOf(const QString &article, int from); // the next hits of `article` from `from`
    QString foundText() const;                         // "N hits in M articles"

    DocumentModelPtr m_document;
    std::unique_ptr<ArticleSearch> m_search; // made at the first search of a snapshot
    QString m_shownQuery;                    // the query whose hits are listed
    QSet<QString> m_articlesShown;           // the articles of the hits listed
    int m_pageHitsListed = 0;   // hits of the query's pages listed (an article's more: not counted)
    int m_hitsListed = 0;       // every hit listed
    bool m_pagePending = false; // the next page is asked for
    bool m_waitingForIndex = false; // the first page waits for the index
    int m_snapshots = 0;            // counts the snapshots searched, one per document
    int m_indexInBackgroundFrom = kIndexInBackgroundFrom;
    int m_listShown = 0; // counts the lists of hits shown, one per search
    QLineEdit *m_query;
    QLabel *m_message;
    QListWidget *m_hits;
};
