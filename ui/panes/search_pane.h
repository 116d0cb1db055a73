// ui: Search Articles — a query field over every article of the snapshot (words, "phrases",
// prefix*), the hits listed with their article, date and a snippet with the match in bold;
// Enter or a click on a hit opens the source viewer at the match.
#pragma once

#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QSet>
#include <QWidget>

#include <memory>

class ArticleSearch;
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
    void search(const QString &query);

    QLineEdit *queryField() const { return m_query; }
    QListWidget *hits() const { return m_hits; }
    QString message() const;

Q_SIGNALS:
    void spanRequested(const SpanLink &link);

private:
    void open(QListWidgetItem *item);
    void showPage();

    DocumentModelPtr m_document;
    std::unique_ptr<ArticleSearch> m_search; // made at the first search of a snapshot
    QString m_shownQuery;                    // the query whose hits are listed
    QSet<QString> m_articlesShown;           // the articles of the hits listed
    bool m_pagePending = false;              // the next page is asked for
    int m_listShown = 0;                     // counts the lists of hits shown, one per search
    QLineEdit *m_query;
    QLabel *m_message;
    QListWidget *m_hits;
};
