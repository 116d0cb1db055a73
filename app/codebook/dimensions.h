// Codebook stage: the dimensions a position is read on and the values each allows. The
// built-in ones are the schema of the codebook (from the product brief), not knowledge about
// any country; an analyst can add dimensions of their own, stored in the library.
#pragma once

#include <QJsonArray>
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
    bool own = false; // added by an analyst (in the library), not built in

    const DimensionValue *value(const QString &valueId) const;
    bool isScored() const;
    QStringList valueIds() const;
    // The values as JSON, [{"id", "label", "score"?}] (the library and the model JSON), and
    // back.
    QJsonArray valuesJson() const;
    static QVector<DimensionValue> valuesFromJson(const QJsonArray &json);
};

class Dimensions {
public:
    // The built-in dimensions.
    Dimensions();
    static const Dimensions &builtin();

    const QVector<Dimension> &all() const { return m_all; }
    const Dimension *find(const QString &id) const;
    QString valueLabel(const QString &dimension, const QString &value) const;

    // Why `dimension` cannot be added (an id taken or malformed, no values, scores on some
    // values only, a value twice); empty when it can.
    QString check(const Dimension &dimension) const;
    // Adds it after the others; false (and nothing added) when check() objects.
    bool add(const Dimension &dimension);
    // An id for a new dimension from its label ("Hosts refugees" → "hosts_refugees").
    static QString idFor(const QString &label);

private:
    QVector<Dimension> m_all;
};
