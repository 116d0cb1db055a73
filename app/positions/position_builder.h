// Positions stage: groups the located claims by country and dimension into Positions.
#pragma once

#include "app/codebook/dimensions.h"
#include "app/positions/position.h"

class PositionBuilder {
public:
    // Positions in a stable order: by country as given, then by the order of `dimensions`.
    static QVector<Position> build(const QVector<Claim> &claims, const QStringList &countries,
                                   const Dimensions &dimensions);
};
