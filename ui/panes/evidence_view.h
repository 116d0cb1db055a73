// ui: the evidence behind what is shown — each claim, event or mention with what it says,
// its date (of the statement, else of the article), its source (short name, title, date) and
// its full quote, and a link that opens the source viewer at the span.
#pragma once

#include "app/evidence/evidence_ref.h"
#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QTextBrowser>

class EvidenceView : public QTextBrowser {
    Q_OBJECT
public:
    explicit EvidenceView(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document) { m_document = std::move(document); }
    // `intro`, when given, is a line under the title (a summary, or why there is no quote).
    void showItems(const QString &title, const QVector<EvidenceRef> &items,
                   const QString &intro = {});
    void showPosition(const Position &position);
    void showPlaceholder(const QString &text);
    int itemCount() const { return m_count; }

Q_SIGNALS:
    void spanRequested(const SpanLink &link);

protected:
    void changeEvent(QEvent *event) override; // redraws in the new theme's colours

private:
    void render();
    QString itemHtml(const EvidenceRef &item, const QString &muted) const;
    QString mutedColour() const; // between text and background, in the current theme

    DocumentModelPtr m_document;
    int m_count = 0;
    // What is shown, to draw it again when the theme changes.
    QString m_title;
    QVector<EvidenceRef> m_items;
    QString m_intro;
    QString m_placeholder;
};
