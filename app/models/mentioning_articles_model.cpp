#include "app/models/mentioning_articles_model.h"

#include "app/models/model_roles.h"

bool MentioningArticlesModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return sourceModel()
               ->index(sourceRow, 0, sourceParent)
               .data(ModelRoles::MentionCountRole)
               .toInt() > 0;
}
