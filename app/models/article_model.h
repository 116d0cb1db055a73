// Item models stage: the articles of the corpus with their metadata or, when a country is set,
// the articles that mention it, how often and where first (found in the model's mention index,
// not by filtering every article at each change). Columns: title, source, author, date, mentions.
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
    void setCountry(const QString &iso); // empty: every article, with all its mentions

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString dateText(const ArticleMetadata &meta);

private:
    void listRows(); // inside a reset
    int mentions(int article) const;
    TextSpan firstMention(int article) const;

    DocumentModelPtr m_document;
    QString m_country;
    QVector<int> m_rows; // row → place of its article in the model's articles
};
