// Item models stage: the articles of the corpus as a list to choose one from (the source
// viewer's chooser): "label — title", its publisher and title as the tip, its id in
// ModelRoles::ArticleIdRole. Rows are the articles' places in the model, so a chooser of tens of
// thousands is set in one reset and an article's row is DocumentModel::articleIndex().
#pragma once

#include "app/model/document_model.h"

#include <QAbstractListModel>

class ArticleChoiceModel : public QAbstractListModel {
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setDocument(DocumentModelPtr document);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    DocumentModelPtr m_document;
};
