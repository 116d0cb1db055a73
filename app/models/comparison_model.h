// Item models stage: a comparison as a table — a row per dimension, a column per country
// (after the dimension's own column). Cells carry the value, its sources, the conflict flag
// and the span of the first quote for the value shown; rows say whether the countries differ.
#pragma once

#include "app/compare/comparison.h"
#include "app/models/model_roles.h"

#include <QAbstractTableModel>

class ComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int DimensionColumn = 0;

    explicit ComparisonModel(QObject *parent = nullptr);

    void setDocument(DocumentModelPtr document);
    void setCountries(const QStringList &countries);
    QStringList countries() const { return m_comparison.countries; }
    const Comparison &comparison() const { return m_comparison; }
    // The position in a country cell; nullptr for the dimension column or where no source speaks.
    const Position *positionAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload(DocumentModelPtr document, const QStringList &countries);
    QVariant dimensionData(const ComparisonRow &row, int role) const;
    QVariant cellData(const ComparisonRow &row, int country, int role) const;
    QString tooltip(const Position &position) const;

    DocumentModelPtr m_document;
    Comparison m_comparison;
};
