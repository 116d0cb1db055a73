// ui: the articles that mention the selected country, with mention counts. Clicking one
// opens it in the source viewer at the country's first mention; F2 asks to edit the current
// article's metadata, Delete to remove it (the window decides whether it can). A header click
// sorts; the filter box keeps the articles whose row holds the words typed.
#pragma once

#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QWidget>

class ArticleModel;
class FilterBox;
class QTableView;
class WordFilterModel;

class SourcesPane : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPane(QWidget *parent = nullptr);

    // A hidden pane takes the document and the country when it is shown (or its view is asked
    // for), as the timeline does.
    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso);
    QTableView *view();
    FilterBox *filterBox() const { return m_box; }

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void spanRequested(const SpanLink &link);
    void editRequested(const QString &articleId);
    void removeRequested(const QString &articleId);

private:
    void onClicked(const QModelIndex &index);
    // Rows grow to their wrapped titles while they are few; thousands (a big library) keep one
    // line each, since measuring every title at each resize would stall the window.
    void fitRows();
    // The Source column as wide as its names, but never more than a quarter of the table: a
    // library's long publisher names ("Georgian Foundation for Strategic and International
    // Studies") left the titles a few letters.
    void fitSourceColumn();
    void refresh(); // the table for the pending document and country, when they changed
    QString currentArticle() const;

    DocumentModelPtr m_document;
    QString m_country;
    bool m_documentStale = false;
    bool m_countryStale = false;

    ArticleModel *m_model;
    WordFilterModel *m_words;
    FilterBox *m_box;
    QTableView *m_view;
};
