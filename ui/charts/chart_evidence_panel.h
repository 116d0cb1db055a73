// ui/charts: the evidence behind a clicked chart mark, beside the chart — the mark's title,
// how many claims, events or mentions from how many sources, and each of them with its quote,
// source and date, linked to the source viewer. Closes with its button or Esc.
#pragma once

#include "charts/chart_marks.h"
#include "model/document_model.h"
#include "panes/span_link.h"

#include <QWidget>

class EvidenceView;
class QLabel;

class ChartEvidencePanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartEvidencePanel(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void showMark(const ChartMark &mark);
    EvidenceView *evidence() const { return m_evidence; }
    QString title() const;

Q_SIGNALS:
    void spanRequested(const SpanLink &link);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_heading;
    EvidenceView *m_evidence;
    QString m_title;
};
