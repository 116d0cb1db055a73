// ui/charts: the chart pane — pick a chart and see it for the selected countries with its
// sources underneath (a ChartCard), and export every chart to a folder.
#pragma once

#include "app/charts/chart_data.h"
#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QPointer>
#include <QWidget>

class ChartBatchExport;
class ChartCard;
class QChartView;
class QComboBox;
class QProgressDialog;
class QSettings;

class ChartsPane : public QWidget {
    Q_OBJECT
public:
    ChartsPane(QSettings *settings, QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountries(const QStringList &countries);
    void setChart(const QString &id);

    QString chartId() const;
    const ChartData &data() const;
    QChartView *view() const;
    QComboBox *chooser() const { return m_chooser; }
    ChartCard *card() const { return m_card; }
    QString caption() const;

    void exportWithDialog();
    void copyToClipboard();
    void exportAll(); // asks for a folder, then startExportAll()
    // Starts writing every chart for the current countries into `folder`, with a progress
    // dialog that can cancel it, and says how it went at the end; the window keeps answering.
    // Null, with a word in the status bar, while another is running.
    ChartBatchExport *startExportAll(const QString &folder);

Q_SIGNALS:
    void spanRequested(const SpanLink &link); // from the evidence behind a chart mark
    void statusMessage(const QString &text);  // for the status bar

private:
    bool refuseSecondExport(); // true, with a word, while an Export All runs

    QSettings *m_settings;
    DocumentModelPtr m_document;
    QComboBox *m_chooser;
    ChartCard *m_card;
    QPointer<ChartBatchExport> m_exporting; // Export All, while it runs
    QPointer<QProgressDialog> m_exportProgress;
};
