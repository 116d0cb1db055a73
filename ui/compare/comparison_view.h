// ui/compare: the comparison view — two to four countries side by side: a row per dimension,
// a column per country, rows where they differ highlighted (or only those shown), quotes on
// hover, the source viewer on click; the comparison and events-per-month charts for the same
// countries underneath; CSV export. The set of countries is remembered.
#pragma once

#include "app/model/document_model.h"
#include "ui/panes/span_link.h"

#include <QWidget>

class ChartCard;
class ComparisonFilterModel;
class ComparisonModel;
class CountryPicker;
class QCheckBox;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;

class ComparisonView : public QWidget {
    Q_OBJECT
public:
    ComparisonView(QSettings *settings, QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    // The countries to compare, in column order: the first four, remembered as given; those the
    // gazetteer does not know are not shown.
    void setCountries(const QStringList &countries);
    QStringList countries() const;
    void focusPicker();

    // Writes the comparison as CSV at `path`, its sources at `path`.sources.json beside it.
    bool exportCsv(const QString &path, QString *error) const;
    void exportCsvWithDialog();

    CountryPicker *picker() const { return m_picker; }
    QTableView *table() const { return m_table; }
    QCheckBox *onlyDifferences() const { return m_onlyDifferences; }
    QLabel *hint() const { return m_hint; }
    ComparisonModel *model() const { return m_model; }
    ChartCard *comparisonChart() const { return m_comparisonChart; }
    ChartCard *monthsChart() const { return m_monthsChart; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // Enter opens the source
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void spanRequested(const SpanLink &link);
    void countriesChanged(const QStringList &countries);
    void statusMessage(const QString &text);

private:
    void keepRowsInView(); // the table's least height: three whole rows
    void display(const QStringList &wanted);
    void openCell(const QModelIndex &index);
    void showCellMenu(const QPoint &pos);
    void updateHint();

    QSettings *m_settings;
    DocumentModelPtr m_document;
    ComparisonModel *m_model;
    ComparisonFilterModel *m_filter;
    CountryPicker *m_picker;
    QCheckBox *m_onlyDifferences;
    QLabel *m_hint;
    QTableView *m_table;
    ChartCard *m_comparisonChart;
    ChartCard *m_monthsChart;
    QSplitter *m_split;
    QStringList m_wanted;         // the countries the user asked for, remembered as asked
    bool m_splitRestored = false; // the user's split between table and charts
};
