// ui/compare: the countries to compare as a row of toggle buttons — one click adds a country,
// one click removes it; up to four, each in the colour the comparison's charts give it.
#pragma once

#include "app/model/document_model.h"

#include <QHash>
#include <QWidget>

class QToolButton;

class CountryPicker : public QWidget {
    Q_OBJECT
public:
    explicit CountryPicker(QWidget *parent = nullptr);

    // Offers the countries the articles mention or give positions for; keeps the chosen ones
    // the new document knows. Does not emit countriesChanged.
    void setDocument(const DocumentModelPtr &document);
    // Chooses these countries (the first four the gazetteer knows, offering any that was not
    // offered yet). Does not emit countriesChanged.
    void setCountries(const QStringList &countries);
    QStringList countries() const { return m_chosen; }
    QToolButton *button(const QString &iso) const { return m_buttons.value(iso); }
    void focusFirst();

Q_SIGNALS:
    void countriesChanged(const QStringList &countries);

private:
    void addButton(const QString &iso);
    void toggle(const QString &iso, bool on);
    void updateButtons();

    DocumentModelPtr m_document;
    QHash<QString, QToolButton *> m_buttons;
    QStringList m_order; // the offered countries, in the gazetteer's order
    QStringList m_chosen;
};
