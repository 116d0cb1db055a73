// Codebook stage: the dimensions a position is read on and the values each allows. This is
// the schema of the codebook (from the product brief), not knowledge about any country.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

struct DimensionValue {
    QString id;
    QString label;
    std::optional<int> score; // ordinal dimensions only
};

struct Dimension {
    QString id;
    QString label;
    QVector<DimensionValue> values;

    const DimensionValue *value(const QString &valueId) const;
    bool isScored() const;
};

class Dimensions {
public:
    static const QVector<Dimension> &all();
    static const Dimension *find(const QString &id);
    static QString valueLabel(const QString &dimension, const QString &value);
};
