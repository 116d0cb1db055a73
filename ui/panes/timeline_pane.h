// ui: the selected country's dated events in order — date, type, countries, sentence,
// source — with the current event's full sentence below. Clicking an event asks for the
// source viewer at its sentence. Sorted by date until a header click sorts otherwise; the
// filter box keeps the events whose row holds the words typed.
#pragma once

#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QWidget>

class EventModel;
class EvidenceView;
class FilterBox;
class QTableView;
class WordFilterModel;

class TimelinePane : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePane(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso);
    QTableView *view() const { return m_view; }
    FilterBox *filterBox() const { return m_box; }
    EvidenceView *evidence() const { return m_evidence; }

Q_SIGNALS:
    void spanRequested(const SpanLink &link);

private:
    void showEvidence(const QModelIndex &index);

    EventModel *m_model;
    WordFilterModel *m_words;
    FilterBox *m_box;
    QTableView *m_view;
    EvidenceView *m_evidence;
};
