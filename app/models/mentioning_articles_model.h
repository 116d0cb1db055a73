// Item models stage: the articles that mention the selected country (over ArticleModel).
#pragma once

#include <QSortFilterProxyModel>

class MentioningArticlesModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel; // re-filters on the source's dataChanged

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};
