// ui/charts: one chart on screen — its view, the sources it was built from, and its export
// (dialog, clipboard) from buttons or the chart's context menu. Draws only when it is seen.
#pragma once

#include "charts/chart_data.h"
#include "model/document_model.h"

#include <QWidget>

class QAction;
class QChartView;
class QHBoxLayout;
class QLabel;
class QSettings;

class ChartCard : public QWidget {
    Q_OBJECT
public:
    ChartCard(QSettings *settings, QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountries(const QStringList &countries);
    void setChart(const QString &id);
    void refresh(); // rebuild, e.g. after a theme change

    // Puts a control at the start of the card's button bar (e.g. a chart chooser).
    void addControl(QWidget *control, int stretch = 0);
    // Adds an entry to the chart's context menu, after export and copy.
    void addMenuAction(QAction *action);

    QString chartId() const { return m_chartId; }
    QStringList countries() const { return m_countries; }
    const ChartData &data() const { return m_data; }
    QChartView *view() const { return m_view; }
    QString caption() const;

    void exportWithDialog();
    void copyToClipboard();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void drawChart();
    void showContextMenu(const QPoint &pos);

    QSettings *m_settings;
    DocumentModelPtr m_document;
    QString m_chartId;
    QStringList m_countries;
    ChartData m_data;
    QHBoxLayout *m_bar;
    QChartView *m_view;
    QLabel *m_caption;
    QList<QAction *> m_menuActions;
    bool m_chartStale = false; // m_data changed while the card was hidden
};
