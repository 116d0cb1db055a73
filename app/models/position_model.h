// Item models stage: one country's positions, a row per dimension the sources speak to, each
// with its claims as child rows (source and quote). Columns: dimension, value, sources (with
// the thin-evidence mark), date, evidence.
#pragma once

#include "app/model/document_model.h"
#include "app/models/model_roles.h"

#include <QAbstractItemModel>

class PositionModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column {
        DimensionColumn,
        ValueColumn,
        SourcesColumn,
        DateColumn, // of the newest claim; a claim's own date
        EvidenceColumn,
        ColumnCount
    };

    explicit PositionModel(QObject *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountry(const QString &iso);
    QString country() const { return m_country; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    void reload(DocumentModelPtr document, const QString &country);
    QVariant positionData(const Position &position, int column, int role) const;
    QVariant claimData(const Claim &claim, int column, int role) const;
    QString summary(const Position &position) const;

    DocumentModelPtr m_document;
    QString m_country;
    QVector<const Position *> m_positions;
};
