#include "ui/panes/country_list_pane.h"

#include "app/codebook/dimensions.h"
#include "app/compare/comparison.h"
#include "app/models/country_facts.h"
#include "app/models/country_filter_model.h"
#include "app/models/country_list_model.h"
#include "ui/style/palette.h"
#include "ui/style/stance_chip_delegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace ModelRoles;

namespace {

QIcon chipIcon(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace

CountryListPane::CountryListPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new CountryListModel(this))
    , m_proxy(new CountryFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_stance(new QComboBox(this))
    , m_bloc(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_noMatch(new QLabel(tr("No country matches the filter."), this))
    , m_compare(new QPushButton(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter->setPlaceholderText(tr("Filter: name, code, capital, leader (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Country filter"));
    fillStanceFilter();
    m_bloc->addItem(tr("Any bloc"), QString());
    for (const QString &bloc : CountryFacts::badgeNames())
        m_bloc->addItem(bloc, bloc);
    m_stance->setToolTip(tr("Show only countries with this stance"));
    m_bloc->setToolTip(tr("Show only members of this bloc"));

    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(CountryListModel::NameColumn, new StanceChipDelegate(m_view));
    m_view->setHeaderHidden(false);
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(false);
    m_view->header()->setStretchLastSection(false);
    // Names always whole; the stance takes the rest, elided when long ("Leans to Ukraine /
    // Supports Ukraine", a tie), with the whole of it in its tooltip.
    m_view->header()->setSectionResizeMode(CountryListModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(CountryListModel::StanceColumn, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideRight);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_stance, 1);
    filters->addWidget(m_bloc, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addLayout(filters);
    layout->addWidget(m_noMatch);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_compare);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_filter->installEventFilter(this);
    updateCompareButton();
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { refilter([&] { m_proxy->setText(text); }); });
    connect(m_stance, &QComboBox::currentIndexChanged, this, [this] {
        refilter([this] { m_proxy->setStance(m_stance->currentData().toString()); });
    });
    connect(m_bloc, &QComboBox::currentIndexChanged, this,
            [this] { refilter([this] { m_proxy->setBloc(m_bloc->currentData().toString()); }); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CountryListPane::showGroups);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CountryListPane::showGroups);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CountryListPane::showGroups);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateCompareButton();
        Q_EMIT selectionChanged(selectedCountries());
    });
    connect(m_compare, &QPushButton::clicked, this, &CountryListPane::compareRequested);
    connect(m_view, &QWidget::customContextMenuRequested, this, &CountryListPane::showContextMenu);
}

bool CountryListPane::eventFilter(QObject *watched, QEvent *event)
{
    const bool isKey =
        event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (watched != m_filter || !isKey)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    // (macOS tells the arrow keys with the keypad's modifier.)
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    const bool escapeEmpties = key->key() == Qt::Key_Escape && !m_filter->text().isEmpty();
    if (event->type() == QEvent::ShortcutOverride) {
        // A line edit takes Ctrl+K for "delete to the end of the line"; here it compares.
        if (key->key() == Qt::Key_K && modifiers == Qt::ControlModifier)
            return true; // not accepted: the window's shortcut runs
        if (escapeEmpties) {
            event->accept(); // Esc empties the filter before any shortcut of the window's
            return true;
        }
    } else if (modifiers == Qt::NoModifier) {
        if (key->key() == Qt::Key_Down) {
            enterList();
            return true;
        }
        if (escapeEmpties) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CountryListPane::enterList()
{
    if (visibleCountryCount() == 0)
        return;
    m_view->setFocus(Qt::TabFocusReason);
    if (!currentCountry().isEmpty() && m_view->selectionModel()->isSelected(m_view->currentIndex()))
        return;
    selectCountry(firstListedCountry());
}

QString CountryListPane::firstListedCountry() const
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex group = m_proxy->index(r, 0);
        if (m_proxy->rowCount(group) > 0)
            return m_proxy->index(0, 0, group).data(IsoRole).toString();
    }
    return {};
}

void CountryListPane::showGroups()
{
    m_view->expandAll();
    // A group's heading is one line across the row: "Parties to the war" is never cut to the
    // width of the names under it.
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        m_view->setFirstColumnSpanned(r, QModelIndex(), true);
}

void CountryListPane::updateCompareButton()
{
    const auto selected = int(selectedCountries().size());
    m_compare->setEnabled(selected >= Comparison::MinCountries);
    if (selected < Comparison::MinCountries) {
        m_compare->setText(tr("Compare…"));
        m_compare->setToolTip(
            tr("Select two to four countries (Ctrl/Shift-click) to compare them"));
    } else if (selected <= Comparison::MaxCountries) {
        m_compare->setText(tr("Compare %1 countries").arg(selected));
        m_compare->setToolTip(tr("Open the comparison of the selected countries (Ctrl+K)"));
    } else {
        m_compare->setText(tr("Compare the first four"));
        m_compare->setToolTip(tr("Four countries are compared at most: the first four selected "
                                 "are compared (Ctrl+K)"));
    }
}

void CountryListPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex row = m_view->indexAt(pos).siblingAtColumn(CountryListModel::NameColumn);
    const QString iso = row.data(IsoRole).toString();
    if (iso.isEmpty())
        return;
    QMenu menu(this);
    const QString name = row.data().toString();
    menu.addAction(tr("Compare %1 with…").arg(name), this,
                   [this, iso] { Q_EMIT compareWithRequested(iso); });
    QAction *selected = menu.addAction(tr("Compare the Selected Countries"), this,
                                       &CountryListPane::compareRequested);
    selected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    selected->setEnabled(m_compare->isEnabled());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void CountryListPane::fillStanceFilter()
{
    m_stance->addItem(tr("Any stance"), QString());
    if (const Dimension *stance = Dimensions::builtin().find(QStringLiteral("stance"))) {
        for (const DimensionValue &v : stance->values)
            m_stance->addItem(chipIcon(Palette::stance(v.id)), v.label, v.id);
    }
}

void CountryListPane::setDocument(DocumentModelPtr document)
{
    const QString previous = currentCountry();
    m_model->setDocument(std::move(document)); // its reset shows the groups
    if (!previous.isEmpty())
        selectCountry(previous);
}

void CountryListPane::selectCountry(const QString &iso)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(iso));
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CountryListPane::addToSelection(const QStringList &countries)
{
    for (const QString &iso : countries) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(iso));
        if (index.isValid())
            m_view->selectionModel()->select(index, QItemSelectionModel::Select |
                                                        QItemSelectionModel::Rows);
    }
}

QString CountryListPane::currentCountry() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IsoRole).toString() : QString();
}

QStringList CountryListPane::selectedCountries() const
{
    QStringList result;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        const QString iso = index.data(IsoRole).toString();
        if (!iso.isEmpty())
            result.append(iso);
    }
    return result;
}

void CountryListPane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int CountryListPane::visibleCountryCount() const
{
    int n = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        n += m_proxy->rowCount(m_proxy->index(r, 0));
    return n;
}

void CountryListPane::onCurrentChanged(const QModelIndex &current)
{
    const QString iso = current.data(IsoRole).toString();
    if (iso.isEmpty() || m_filtering)
        return;
    m_chosen = iso;
    Q_EMIT countrySelected(iso);
}

void CountryListPane::refilter(const std::function<void()> &change)
{
    m_filtering = true;
    change();
    showGroups();
    m_filtering = false;
    const int visible = visibleCountryCount();
    m_noMatch->setVisible(visible == 0);
    const QModelIndex chosen = m_proxy->mapFromSource(m_model->indexOf(m_chosen));
    if (chosen.isValid()) {
        // The picked country is still listed: keep it current, quietly.
        m_filtering = true;
        m_view->selectionModel()->setCurrentIndex(chosen, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_filtering = false;
    } else if (visible == 1) {
        // One match: that is the country the user is looking for.
        selectCountry(firstListedCountry());
    } else {
        m_view->selectionModel()->clearSelection();
    }
}
