// ui: the evidence behind what is shown — each claim (or event) with its value, its source
// (short name, title, date) and its full quote, and a link that opens the source viewer at
// the span.
#pragma once

#include "model/document_model.h"
#include "span_link.h"

#include <QTextBrowser>

struct EvidenceItem {
    QString label;   // what this piece of evidence says ("Abstained", "meeting, 2022-03-02")
    QString article; // Article::id
    TextSpan span;
    QString quote;
    QString note;
};

class EvidenceView : public QTextBrowser {
    Q_OBJECT
public:
    explicit EvidenceView(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document) { m_document = std::move(document); }
    void showItems(const QString &title, const QVector<EvidenceItem> &items);
    void showPosition(const Position &position);
    void showPlaceholder(const QString &text);
    int itemCount() const { return m_count; }

    static QVector<EvidenceItem> itemsOf(const Position &position);

Q_SIGNALS:
    void spanRequested(const SpanLink &link);

private:
    DocumentModelPtr m_document;
    int m_count = 0;
};
