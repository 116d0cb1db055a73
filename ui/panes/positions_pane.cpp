#include "ui/panes/positions_pane.h"

#include "app/models/position_model.h"
#include "ui/panes/evidence_view.h"
#include "ui/style/conflict_delegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace ModelRoles;

PositionsPane::PositionsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new PositionModel(this))
    , m_view(new QTreeView(this))
    , m_evidence(new EvidenceView(this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(PositionModel::ValueColumn, new ConflictDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    // The full quotes are in the evidence view below; the tree keeps dimension, value, sources.
    m_view->hideColumn(PositionModel::EvidenceColumn);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // Dimension and value share the room the counts and dates leave; long labels elide.
    header->setSectionResizeMode(PositionModel::DimensionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PositionModel::ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(PositionModel::SourcesColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PositionModel::DateColumn, QHeaderView::ResizeToContents);
    header->moveSection(PositionModel::SourcesColumn, PositionModel::ValueColumn);
    m_evidence->showPlaceholder(tr("Select a position to read its evidence."));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_evidence);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_view, &QTreeView::clicked, this, &PositionsPane::onClicked);
    connect(m_view, &QTreeView::activated, this, &PositionsPane::onClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showEvidence(current); });
    connect(m_evidence, &EvidenceView::spanRequested, this, &PositionsPane::spanRequested);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &PositionsPane::showContextMenu);
}

void PositionsPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.data(IsClaimRole).toBool())
        return;
    QMenu menu(this);
    menu.addAction(tr("Show in &Source"), this, [this, index] { onClicked(index); });
    const qint64 claim = index.data(ClaimIdRole).toLongLong();
    if (claim > 0) {
        menu.addSeparator();
        menu.addAction(tr("&Edit Claim…"), this,
                       [this, claim] { Q_EMIT editClaimRequested(claim); });
        menu.addAction(tr("&Remove Claim"), this,
                       [this, claim] { Q_EMIT removeClaimRequested(claim); });
    } else {
        QAction *curated = menu.addAction(tr("Curated claim (read-only)"));
        curated->setEnabled(false);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void PositionsPane::setDocument(DocumentModelPtr document)
{
    m_document = document;
    m_evidence->setDocument(document);
    m_model->setDocument(std::move(document));
}

void PositionsPane::setCountry(const QString &iso)
{
    m_model->setCountry(iso);
    m_view->expandAll(); // every value with the sources behind it, at a glance
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    else
        m_evidence->showPlaceholder(
            tr("No source in the corpus states a position for this country."));
}

void PositionsPane::showEvidence(const QModelIndex &index)
{
    if (!index.isValid() || !m_document)
        return;
    const Position *position =
        m_document->position(index.data(IsoRole).toString(), index.data(DimensionRole).toString());
    if (position)
        m_evidence->showPosition(*position);
}

void PositionsPane::onClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (!index.data(IsClaimRole).toBool()) {
        m_view->expand(index.siblingAtColumn(0)); // its claims, one click away
        return;
    }
    Q_EMIT spanRequested({index.data(ArticleIdRole).toString(),
                          index.data(SpanStartRole).toLongLong(),
                          index.data(SpanEndRole).toLongLong()});
}
