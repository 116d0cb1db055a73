#include "app/models/country_filter_model.h"

#include "app/models/model_roles.h"

using namespace ModelRoles;

CountryFilterModel::CountryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a region shows while one of its countries does
}

void CountryFilterModel::setText(const QString &text)
{
    m_text = text.trimmed().toLower();
    invalidateFilter();
}

void CountryFilterModel::setStance(const QString &stance)
{
    m_stance = stance;
    invalidateFilter();
}

void CountryFilterModel::setBloc(const QString &bloc)
{
    m_bloc = bloc;
    invalidateFilter();
}

bool CountryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(IsGroupRole).toBool())
        return false; // shown through its children
    if (!m_text.isEmpty() && !index.data(SearchTextRole).toString().contains(m_text))
        return false;
    if (!m_stance.isEmpty() && index.data(StanceRole).toString() != m_stance)
        return false;
    if (!m_bloc.isEmpty() && !index.data(MembershipsRole).toStringList().contains(m_bloc))
        return false;
    return true;
}
