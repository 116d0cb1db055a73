// ui/charts: the chart pane — pick a chart, see it for the selected countries with its sources
// underneath, export it (dialog, clipboard, every chart to a folder) from buttons or the
// chart's context menu.
#pragma once

#include "charts/chart_data.h"
#include "model/document_model.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QSettings;

class ChartsPane : public QWidget {
    Q_OBJECT
public:
    ChartsPane(QSettings *settings, QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountries(const QStringList &countries);
    void setChart(const QString &id);
    void refresh(); // rebuild, e.g. after a theme change

    QString chartId() const;
    const ChartData &data() const { return m_data; }
    QChartView *view() const { return m_view; }
    QComboBox *chooser() const { return m_chooser; }
    QString caption() const;

    void exportWithDialog();
    void copyToClipboard();
    void exportAll();
    // Writes every chart for the current countries into `folder`; returns the files written.
    QStringList exportAllTo(const QString &folder, QString *error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void drawChart();
    void showContextMenu(const QPoint &pos);

    QSettings *m_settings;
    DocumentModelPtr m_document;
    QStringList m_countries;
    ChartData m_data;
    QComboBox *m_chooser;
    QChartView *m_view;
    QLabel *m_caption;
    bool m_chartStale = false; // m_data changed while the pane was hidden
};
