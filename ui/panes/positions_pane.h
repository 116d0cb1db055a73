// ui: the selected country's positions — a row per dimension with value, number of sources
// (◔ where a single source gives it), the date of the newest evidence and a conflict mark; its
// claims (source and quote) one click away, and the full evidence of the current row below.
// Clicking a claim asks for the source viewer; a coded claim's context menu edits or removes it.
#pragma once

#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QWidget>

class EvidenceView;
class PositionModel;
class QTreeView;

class PositionsPane : public QWidget {
    Q_OBJECT
public:
    explicit PositionsPane(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso);
    QTreeView *view() const { return m_view; }
    PositionModel *model() const { return m_model; }
    EvidenceView *evidence() const { return m_evidence; }

Q_SIGNALS:
    void spanRequested(const SpanLink &link);
    void editClaimRequested(qint64 claim);
    void removeClaimRequested(qint64 claim);

private:
    void onClicked(const QModelIndex &index);
    void showEvidence(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);

    DocumentModelPtr m_document;
    PositionModel *m_model;
    QTreeView *m_view;
    EvidenceView *m_evidence;
};
