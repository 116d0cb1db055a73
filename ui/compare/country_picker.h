// ui/compare: the countries to compare as a row of toggle buttons — one click adds a country,
// one click removes it; up to four, each in the colour the comparison's charts give it.
#pragma once

#include "model/document_model.h"

#include <QHash>
#include <QWidget>

class QToolButton;

class CountryPicker : public QWidget {
    Q_OBJECT
public:
    explicit CountryPicker(QWidget *parent = nullptr);

    // Offers the countries the articles mention or give positions for; keeps the chosen ones
    // it still offers.
    void setDocument(const DocumentModelPtr &document);
    void setCountries(const QStringList &countries); // does not emit countriesChanged
    QStringList countries() const { return m_chosen; }
    QToolButton *button(const QString &iso) const { return m_buttons.value(iso); }
    void focusFirst();

Q_SIGNALS:
    void countriesChanged(const QStringList &countries);

private:
    void toggle(const QString &iso, bool on);
    void updateButtons();

    QHash<QString, QToolButton *> m_buttons;
    QHash<QString, QString> m_names;
    QStringList m_order; // the offered countries, in the gazetteer's order
    QStringList m_chosen;
};
