#include "app/models/article_choice_model.h"

#include "app/models/model_roles.h"

void ArticleChoiceModel::setDocument(DocumentModelPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    endResetModel();
}

int ArticleChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : int(m_document->articles.size());
}

QVariant ArticleChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &a = m_document->articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.labelAndTitle();
    case Qt::ToolTipRole:
        return a.meta.publisher.isEmpty()
                   ? a.labelAndTitle()
                   : QString(a.meta.publisher + QStringLiteral(" — ") + a.meta.title);
    case ModelRoles::ArticleIdRole:
        return a.id;
    default:
        return {};
    }
}
