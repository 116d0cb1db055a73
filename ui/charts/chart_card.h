// ui/charts: one chart on screen — its view, the sources it was built from, the evidence
// behind a clicked mark (hover a mark for how many sources), and its export (dialog with the
// sources sidecar, clipboard) from buttons or the chart's context menu. Draws only when seen.
// Over a big library its data is built on a worker thread, with a Cancel, while the window
// goes on answering.
#pragma once

#include "app/charts/chart_data.h"
#include "app/export/chart_export_options.h"
#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QWidget>

#include <atomic>
#include <memory>

class ChartEvidencePanel;
class QAction;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;

class ChartCard : public QWidget {
    Q_OBJECT
public:
    ChartCard(QSettings *settings, QWidget *parent = nullptr);
    ~ChartCard() override;

    // A document with this many events and claims or more has its charts' data built on a
    // worker thread; below, at once (it takes milliseconds).
    static constexpr qsizetype kBuildInBackgroundFrom = 5000;
    void setBuildInBackgroundFrom(qsizetype items) { m_backgroundFrom = items; }
    // The least height of the chart itself (220 px unless set): where a table beside it comes
    // first, the chart may give way further.
    void setViewMinimumHeight(int pixels);

    void setDocument(DocumentModelPtr document);
    void setCountries(const QStringList &countries);
    void setChart(const QString &id);

    // Puts a control at the start of the card's button bar (e.g. a chart chooser).
    void addControl(QWidget *control, int stretch = 0);
    // Adds an entry to the chart's context menu, after export and copy.
    void addMenuAction(QAction *action);

    QString chartId() const { return m_chartId; }
    QStringList countries() const { return m_countries; }
    // The chart's data for the document, countries and chart set last (built now if the card
    // was hidden when they changed).
    const ChartData &data();
    QChartView *view() const { return m_view; }
    ChartEvidencePanel *evidencePanel() const { return m_evidence; }
    QString caption();
    bool isBuilding() const { return m_building != nullptr; }
    // Stops the build on the worker thread; the card says so and offers to build it again.
    void cancelBuild();
    QWidget *buildBar() const { return m_buildBar; }
    QPushButton *buildButton() const { return m_buildButton; }

    void exportWithDialog(); // asks for the file and options, then exportTo()
    // Writes the chart shown to `path`; its sources sidecar, which takes long for a big
    // library's chart, is made on a worker thread first. exported() says when it is done.
    void exportTo(const QString &path, const ChartExportOptions &options);
    void copyToClipboard();
    // Opens the evidence panel on value `index` of series `series`; false when no such mark.
    bool showMarkEvidence(int series, int index);
    // Opens the panel on the chart's first mark with evidence and focuses its mark chooser.
    bool showFirstMarkEvidence();
    void hideEvidence();

Q_SIGNALS:
    void spanRequested(const SpanLink &link);
    void exported(const QString &path, const QString &error); // error empty: written

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override; // a new palette: drawn again in its theme
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void buildData(); // the data, when it is stale
    void buildNow();  // on this thread
    void buildInBackground();
    void stopBackgroundBuild();
    void apply(ChartData data);
    void drawChart();
    void showContextMenu(const QPoint &pos);
    void showMarkTip(int series, int index, bool entered);

    QSettings *m_settings;
    DocumentModelPtr m_document;
    QString m_chartId;
    QStringList m_countries;
    ChartData m_data;
    QHBoxLayout *m_bar;
    QChartView *m_view;
    QLabel *m_caption;
    ChartEvidencePanel *m_evidence;
    QSplitter *m_split;
    QList<QAction *> m_menuActions;
    QWidget *m_buildBar; // "Building the chart…" with Cancel, or "not built" with Build
    QLabel *m_buildText;
    QPushButton *m_buildButton;
    // The flag of the build on the worker thread (null when none runs): set, it stops it.
    std::shared_ptr<std::atomic<bool>> m_building;
    qsizetype m_backgroundFrom = kBuildInBackgroundFrom;
    int m_viewMinimumHeight = 220; // pixels: a chart stays a chart
    bool m_cancelled = false;      // the user stopped the build: none starts until asked again
    bool m_chartStale = false;     // m_data changed while the card was hidden
    bool m_dataStale = false;      // document, countries or chart changed while the card was hidden
};
