// ui: the evidence behind what is shown — each claim, event or mention with what it says,
// its date (of the statement, else of the article), its source (short name, title, date) and
// its full quote, and a link that opens the source viewer at the span. Copy Citation
// (Ctrl+Shift+C, or the context menu) puts the entry at the cursor on the clipboard as a
// citation for a report.
#pragma once

#include "app/evidence/evidence_ref.h"
#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QTextBrowser>

class QAction;

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
    // The entry at a position of the document, or the one at the text cursor (the first when
    // the cursor is above them all); -1 when none is shown.
    int itemAt(int position) const;
    int currentItem() const;
    // Puts entry `item` on the clipboard as a citation, in plain text and HTML.
    void copyCitation(int item) const;
    static void copyCitation(const EvidenceRef &ref, const DocumentModel &model);
    QAction *copyCitationAction() const { return m_copyCitation; }

Q_SIGNALS:
    void spanRequested(const SpanLink &link);
    // The context menu of a claim coded in the window: change it, or take it back.
    void editClaimRequested(qint64 claim);
    void removeClaimRequested(qint64 claim);

protected:
    void changeEvent(QEvent *event) override; // redraws in the new theme's colours
    // Ctrl+Shift+C here copies the citation, before the window's Copy Chart sees it.
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void render();
    QString itemHtml(int index, const QString &muted) const;
    QString mutedColour() const; // between text and background, in the current theme
    void findItemStarts();       // where each entry begins in the document, after render()

    DocumentModelPtr m_document;
    int m_count = 0;
    QVector<int> m_itemStarts; // document position of each entry's first character (-1: none)
    int m_menuItem = -1;       // the entry under the pointer while the context menu is open
    QAction *m_copyCitation;
    // What is shown, to draw it again when the theme changes.
    QString m_title;
    QVector<EvidenceRef> m_items;
    QString m_intro;
    QString m_placeholder;
};
