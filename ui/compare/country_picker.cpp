#include "ui/compare/country_picker.h"

#include "app/compare/comparison.h"
#include "app/compare/comparison_set.h"
#include "ui/style/flow_layout.h"
#include "ui/style/palette.h"

#include <QToolButton>

CountryPicker::CountryPicker(QWidget *parent)
    : QWidget(parent)
{
    new FlowLayout(this);
    setAccessibleName(tr("Countries to compare"));
}

void CountryPicker::setDocument(const DocumentModelPtr &document)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_order.clear();
    m_document = document;
    for (const QString &iso : ComparisonSet::candidates(*document))
        addButton(iso);
    setCountries(m_chosen);
}

void CountryPicker::addButton(const QString &iso)
{
    auto *button = new QToolButton(this);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::StrongFocus);
    connect(button, &QToolButton::toggled, this, [this, iso](bool on) { toggle(iso, on); });
    layout()->addWidget(button);
    m_buttons.insert(iso, button);
    m_order.append(iso);
}

void CountryPicker::setCountries(const QStringList &countries)
{
    m_chosen.clear();
    for (const QString &iso : countries) {
        if (m_chosen.contains(iso) || m_chosen.size() >= Comparison::MaxCountries)
            continue;
        // A country asked for by name is offered even if no article mentions it.
        if (!m_buttons.contains(iso) && m_document && m_document->gazetteer.country(iso))
            addButton(iso);
        if (m_buttons.contains(iso))
            m_chosen.append(iso);
    }
    updateButtons();
}

void CountryPicker::focusFirst()
{
    for (const QString &iso : std::as_const(m_order)) {
        QToolButton *button = m_buttons.value(iso);
        if (button->isEnabled()) {
            button->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void CountryPicker::toggle(const QString &iso, bool on)
{
    if (on == m_chosen.contains(iso))
        return;
    if (on && m_chosen.size() >= Comparison::MaxCountries) {
        updateButtons(); // unchecks it again
        return;
    }
    if (on)
        m_chosen.append(iso);
    else
        m_chosen.removeAll(iso);
    updateButtons();
    Q_EMIT countriesChanged(m_chosen);
}

void CountryPicker::updateButtons()
{
    const bool full = m_chosen.size() >= Comparison::MaxCountries;
    // The colours the comparison's charts give the chosen countries, each its own.
    QHash<QString, int> preferred;
    for (const QString &iso : std::as_const(m_chosen)) {
        const Entity *entity = m_document->gazetteer.find(iso);
        preferred.insert(iso, entity ? entity->colour : -1);
    }
    const QHash<QString, int> slots = Palette::countrySlots(preferred);
    for (const QString &iso : std::as_const(m_order)) {
        QToolButton *button = m_buttons.value(iso);
        const int slot = int(m_chosen.indexOf(iso));
        const QSignalBlocker quiet(button);
        button->setChecked(slot >= 0);
        button->setEnabled(slot >= 0 || !full);
        const QString name = m_document->gazetteer.find(iso)->name;
        if (slot >= 0) {
            const QColor colour = Palette::country(slots.value(iso), iso);
            button->setText(name + QStringLiteral("  ✕"));
            button->setToolTip(tr("Remove %1 from the comparison").arg(name));
            button->setStyleSheet(
                QStringLiteral("QToolButton { background: %1; color: %2; border: 1px solid %3;"
                               " border-radius: 3px; padding: 2px 6px; }")
                    .arg(colour.name(), Palette::textOn(colour).name(), colour.darker(130).name()));
        } else {
            button->setText(name);
            button->setToolTip(full ? tr("Four countries are compared at most; remove one first")
                                    : tr("Add %1 to the comparison").arg(name));
            button->setStyleSheet(QString());
        }
    }
}
