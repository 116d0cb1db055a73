// ui/charts: the evidence behind a clicked chart mark, beside the chart — a chooser of the
// chart's marks (so the keyboard reaches every one), how many claims, events or mentions from
// how many sources, and each of them with its quote, source and date, linked to the source
// viewer. Closes with its button or Esc.
#pragma once

#include "app/charts/chart_marks.h"
#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QWidget>

class EvidenceView;
class QComboBox;
class QLabel;

class ChartEvidencePanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartEvidencePanel(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    // The marks the chooser offers (those with something behind them).
    void setMarks(const QVector<ChartMark> &marks);
    void showMark(const ChartMark &mark);
    QComboBox *chooser() const { return m_chooser; }
    EvidenceView *evidence() const { return m_evidence; }
    QString title() const;

Q_SIGNALS:
    void spanRequested(const SpanLink &link);
    void closeRequested();
    void markChosen(int series, int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_heading;
    QComboBox *m_chooser;
    EvidenceView *m_evidence;
    QString m_title;
};
