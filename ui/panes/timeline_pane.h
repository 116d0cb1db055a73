// ui: the selected country's dated events in order — date, type, countries, sentence,
// source — with the current event's full sentence below. Clicking an event asks for the
// source viewer at its sentence. Sorted by date until a header click sorts otherwise; the
// filter box keeps the events whose row holds the words typed. A new snapshot of the same
// country (a claim coded, the corpus reloaded) keeps the event the reader was on.
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

    // A hidden pane takes the document and the country when it is shown (or its view is asked
    // for): a big library's country has thousands of events, and a selection change should not
    // pay for a table nobody sees.
    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso);
    QTableView *view();
    FilterBox *filterBox() const { return m_box; }
    EvidenceView *evidence();

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void spanRequested(const SpanLink &link);

private:
    void showEvidence(const QModelIndex &index);
    void refresh(); // the table for the pending document and country, when they changed
    QModelIndex rowOf(const SpanLink &event) const; // the table's row of `event`, if any

    DocumentModelPtr m_document;
    QString m_country;
    QString m_shownCountry;  // the table's, until a refresh
    SpanLink m_currentEvent; // the last event the reader was on (empty article: none)
    bool m_stale = false;

    EventModel *m_model;
    WordFilterModel *m_words;
    FilterBox *m_box;
    QTableView *m_view;
    EvidenceView *m_evidence;
};
