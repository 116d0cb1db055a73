// Item models stage: the articles of the corpus with their metadata and, when a country is
// set, how often each mentions it and where first. Columns: title, source, author, date, mentions.
#pragma once

#include "app/model/document_model.h"
#include "app/models/model_roles.h"

#include <QAbstractTableModel>

class ArticleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        PublisherColumn,
        AuthorColumn,
        DateColumn,
        MentionsColumn,
        ColumnCount
    };

    explicit ArticleModel(QObject *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso); // empty: mentions of every country

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString dateText(const ArticleMetadata &meta);

private:
    int mentions(int row) const;
    TextSpan firstMention(int row) const;

    DocumentModelPtr m_document;
    QString m_country;
};
