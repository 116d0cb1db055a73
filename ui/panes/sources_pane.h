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
class MentioningArticlesModel;
class QTableView;
class WordFilterModel;

class SourcesPane : public QWidget {
    Q_OBJECT
public:
    explicit SourcesPane(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso);
    QTableView *view() const { return m_view; }
    FilterBox *filterBox() const { return m_box; }

Q_SIGNALS:
    void spanRequested(const SpanLink &link);
    void editRequested(const QString &articleId);
    void removeRequested(const QString &articleId);

private:
    void onClicked(const QModelIndex &index);
    // Rows grow to their wrapped titles while they are few; thousands (a big library) keep one
    // line each, since measuring every title at each resize would stall the window.
    void fitRows();
    QString currentArticle() const;

    ArticleModel *m_model;
    MentioningArticlesModel *m_filter;
    WordFilterModel *m_words;
    FilterBox *m_box;
    QTableView *m_view;
};
