// ui: the country list — grouped by region, stance chips, a filter box and stance/bloc
// filters over CountryListModel through CountryFilterModel. Emits the selected country.
#pragma once

#include "app/model/document_model.h"

#include <QWidget>

#include <functional>

class CountryFilterModel;
class CountryListModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

class CountryListPane : public QWidget {
    Q_OBJECT
public:
    explicit CountryListPane(QWidget *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void selectCountry(const QString &iso);
    // Adds the rows of these countries (those listed) to the selection; the current row stays.
    void addToSelection(const QStringList &countries);
    QString currentCountry() const;
    QStringList selectedCountries() const;
    void focusFilter();

    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *stanceFilter() const { return m_stance; }
    QComboBox *blocFilter() const { return m_bloc; }
    QTreeView *view() const { return m_view; }
    int visibleCountryCount() const;
    QPushButton *compareButton() const { return m_compare; }

protected:
    // In the filter box: Ctrl+K compares, Down goes into the list, Esc empties it.
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void countrySelected(const QString &iso);
    void
    selectionChanged(const QStringList &countries); // every selected country (Ctrl/Shift-click)
    void compareRequested();                        // compare the selected countries
    void compareWithRequested(const QString &iso);  // start a comparison with this country

private:
    void onCurrentChanged(const QModelIndex &current);
    void fillStanceFilter();
    void updateCompareButton();
    void showContextMenu(const QPoint &pos);
    // The focus into the list, on the current country, else on the first one listed.
    void enterList();
    // The first country the list shows (empty when none).
    QString firstListedCountry() const;
    // Every group open, its heading across the whole row.
    void showGroups();
    // Applies a filter change without letting the view's moving cursor pick another country.
    void refilter(const std::function<void()> &change);

    CountryListModel *m_model;
    CountryFilterModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_stance;
    QComboBox *m_bloc;
    QTreeView *m_view;
    QLabel *m_noMatch;
    QPushButton *m_compare;
    QString m_chosen; // the country the user picked; filtering never changes it
    bool m_filtering = false;
};
