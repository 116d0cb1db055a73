#include "ui/panes/timeline_pane.h"

#include "app/models/event_model.h"
#include "app/models/word_filter_model.h"
#include "ui/panes/evidence_view.h"
#include "ui/panes/filter_box.h"
#include "ui/style/palette.h"

#include "ui/style/table_style.h"

#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace ModelRoles;

namespace {

// Colours the type column with the shared event-type palette, each made readable on the rows
// of the theme (the charts' yellow "statement" read 1.85:1 on white). A type's readable colour
// is worked out once for the rows' colours of the theme shown, not at every paint.
class EventTypeColours : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == EventModel::TypeColumn)
            return readable(index.data(EventTypeRole).toString());
        if (role == Qt::FontRole && index.column() == EventModel::TypeColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QColor readable(const QString &type) const
    {
        const QPalette palette = QGuiApplication::palette();
        const QList<QColor> rows{palette.color(QPalette::Base),
                                 palette.color(QPalette::AlternateBase)};
        if (rows != m_rows) { // another theme
            m_rows = rows;
            m_readable.clear();
        }
        auto found = m_readable.constFind(type);
        if (found == m_readable.constEnd())
            found = m_readable.insert(type, Palette::readableOn(Palette::eventType(type), rows));
        return *found;
    }

    mutable QList<QColor> m_rows;
    mutable QHash<QString, QColor> m_readable;
};

} // namespace

TimelinePane::TimelinePane(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventModel(this))
    , m_words(new WordFilterModel(this))
    , m_box(new FilterBox(m_words, tr("Filter the events: words in the type, countries, sentence…"),
                          this))
    , m_view(new QTableView(this))
    , m_evidence(new EvidenceView(this))
{
    m_words->setSourceModel(m_model);
    auto *colours = new EventTypeColours(this);
    colours->setSourceModel(m_words);
    m_view->setModel(colours);
    TableStyle::apply(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(EventModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventModel::CountriesColumn, QHeaderView::Interactive);
    header->resizeSection(EventModel::CountriesColumn, 110);
    header->setSectionResizeMode(EventModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EventModel::SourceColumn, QHeaderView::ResizeToContents);
    header->setSortIndicator(EventModel::DateColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_evidence->showPlaceholder(tr("Select an event to read its sentence."));
    auto *table = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_box);
    tableLayout->addWidget(m_view);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(table);
    splitter->addWidget(m_evidence);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) // (a table emptied keeps the event to find again)
                    m_currentEvent = {current.data(ArticleIdRole).toString(),
                                      current.data(SpanStartRole).toLongLong(),
                                      current.data(SpanEndRole).toLongLong()};
                showEvidence(current);
            });
    connect(m_evidence, &EvidenceView::spanRequested, this, &TimelinePane::spanRequested);
    auto request = [this](const QModelIndex &index) {
        Q_EMIT spanRequested({index.data(ArticleIdRole).toString(),
                              index.data(SpanStartRole).toLongLong(),
                              index.data(SpanEndRole).toLongLong()});
    };
    connect(m_view, &QTableView::clicked, this, request);
    connect(m_view, &QTableView::activated, this, request);
}

void TimelinePane::setDocument(DocumentModelPtr document)
{
    m_document = std::move(document);
    m_stale = true;
    if (isVisible())
        refresh();
    else
        m_model->reload(nullptr, {}); // the old snapshot is not kept alive by a hidden table
}

void TimelinePane::setCountry(const QString &iso)
{
    m_country = iso;
    m_stale = true;
    if (isVisible())
        refresh();
}

QTableView *TimelinePane::view()
{
    refresh();
    return m_view;
}

EvidenceView *TimelinePane::evidence()
{
    refresh();
    return m_evidence;
}

void TimelinePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TimelinePane::refresh()
{
    if (!m_stale)
        return;
    m_stale = false;
    const bool sameCountry = m_country == m_shownCountry;
    const SpanLink kept = m_currentEvent;
    m_evidence->setDocument(m_document);
    m_model->reload(m_document, m_country);
    m_shownCountry = m_country;
    if (m_model->rowCount() == 0) {
        m_evidence->showPlaceholder(tr("The articles date no event for this country."));
        return;
    }
    const QModelIndex found = sameCountry ? rowOf(kept) : QModelIndex();
    m_view->setCurrentIndex(found.isValid() ? found
                                            : m_view->model()->index(0, EventModel::TextColumn));
    if (found.isValid())
        m_view->scrollTo(found);
}

QModelIndex TimelinePane::rowOf(const SpanLink &event) const
{
    if (event.article.isEmpty())
        return {};
    QAbstractItemModel *rows = m_view->model();
    const QModelIndexList sameArticle = rows->match(
        rows->index(0, EventModel::TextColumn), ArticleIdRole, event.article, -1, Qt::MatchExactly);
    for (const QModelIndex &index : sameArticle) {
        if (index.data(SpanStartRole).toLongLong() == event.start &&
            index.data(SpanEndRole).toLongLong() == event.end)
            return index;
    }
    return {};
}

void TimelinePane::showEvidence(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const EvidenceRef event = index.data(EvidenceRole).value<EvidenceRef>();
    m_evidence->showItems(
        tr("Event: %1").arg(index.siblingAtColumn(EventModel::CountriesColumn).data().toString()),
        {event});
}
