// Item models stage: the countries of the document model grouped by region, two levels —
// regions (in gazetteer order), then their countries. Columns: country, stance.
#pragma once

#include "app/model/document_model.h"
#include "app/models/model_roles.h"

#include <QAbstractItemModel>

class CountryListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StanceColumn, ColumnCount };

    explicit CountryListModel(QObject *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    QModelIndex indexOf(const QString &iso, int column = NameColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Region {
        QString name;
        QStringList countries; // ISO3
    };
    QVariant regionData(const Region &region, int column, int role) const;
    QVariant countryData(const QString &iso, int column, int role) const;

    DocumentModelPtr m_document;
    QVector<Region> m_regions;
};
