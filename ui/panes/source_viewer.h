// ui: the source viewer — an article's text as captured, with the selected country's
// mentions highlighted; showing a span scrolls to it and selects it. Shows the article's
// metadata (title, publisher, author, date).
#pragma once

#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

class SourceViewer : public QWidget {
    Q_OBJECT
public:
    explicit SourceViewer(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso);
    void showSpan(const SpanLink &link);
    void showArticle(const QString &articleId);

    QString currentArticle() const { return m_article; }
    QString selectedText() const;
    QPlainTextEdit *textView() const { return m_text; }
    QString metadataText() const;

private:
    void loadArticle(const QString &articleId);
    void highlightMentions();

    DocumentModelPtr m_document;
    QString m_article;
    QString m_country;
    QComboBox *m_articles;
    QLabel *m_meta;
    QPlainTextEdit *m_text;
};
