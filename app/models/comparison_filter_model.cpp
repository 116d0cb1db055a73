#include "app/models/comparison_filter_model.h"

#include "app/compare/comparison.h"
#include "app/models/model_roles.h"

ComparisonFilterModel::ComparisonFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ComparisonFilterModel::setHideAgreeing(bool hide)
{
    if (hide == m_hideAgreeing)
        return;
    m_hideAgreeing = hide;
    invalidateRowsFilter();
}

bool ComparisonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_hideAgreeing)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(ModelRoles::RowStatusRole).value<ComparisonRow::Status>() !=
           ComparisonRow::Status::Agree;
}
