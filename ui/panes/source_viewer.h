// ui: the source viewer — an article's text as captured, with the selected country's
// mentions highlighted (those in view and a screenful around, again as it scrolls: an article
// of tens of thousands of mentions opens at once); showing a span scrolls to it and selects it.
// Shows the article's metadata (title, publisher, author, date); a library article's can be edited
// from its header. Code Selection… (Ctrl+D, the context menu, the Code… button) asks to record a
// claim on the words selected.
#pragma once

#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QWidget>

#include <utility>

class ArticleChoiceModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

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
    QToolButton *detailsButton() const { return m_details; }
    QToolButton *codeButton() const { return m_code; }
    QAction *codeAction() const { return m_codeAction; }
    // The words selected, as offsets into the article's text, without spaces at either end;
    // empty when none.
    TextSpan selectedSpan() const;

    // Lines longer than this many characters are shown broken at their next space.
    static constexpr qsizetype kLongestLine = 5000;
    // `text` as the viewer shows it: character for character (a carriage return as a space, a
    // space that ends a line longer than kLongestLine as a line break).
    static QString shownText(QString text);

Q_SIGNALS:
    // F2 or the Details… button: the article shown is to have its details edited.
    void editRequested(const QString &articleId);
    // Code Selection…: a claim is to be recorded on `span` of the article shown (empty when
    // nothing is selected).
    void codeRequested(const QString &articleId, const TextSpan &span);

protected:
    void changeEvent(QEvent *event) override; // a new theme: highlights drawn again in it

private:
    void loadArticle(const QString &articleId);
    void showMetadata(const Article &article);
    void highlightMentions();
    // The offsets of the text in view, widened by a screenful on each side.
    std::pair<qsizetype, qsizetype> textAroundTheView() const;
    void requestCode();
    void showTextMenu(const QPoint &pos);

    DocumentModelPtr m_document;
    QString m_article;
    QString m_country;
    ArticleChoiceModel *m_choices;
    QComboBox *m_articles;
    QToolButton *m_details;
    QToolButton *m_code;
    QAction *m_codeAction;
    QByteArray m_shownText; // digest of the text shown: a new snapshot with it keeps the view
    QLabel *m_meta;
    QPlainTextEdit *m_text;
    QTimer *m_highlightInView; // scrolled or resized: the highlights follow the view
};
