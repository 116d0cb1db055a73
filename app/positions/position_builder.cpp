#include "app/positions/position_builder.h"

#include "app/codebook/dimensions.h"

QVector<Position> PositionBuilder::build(const QVector<Claim> &claims, const QStringList &countries,
                                         const Dimensions &dimensions)
{
    QVector<Position> positions;
    for (const QString &country : countries) {
        for (const Dimension &dimension : dimensions.all()) {
            Position position;
            position.country = country;
            position.dimension = dimension.id;
            for (const Claim &claim : claims) {
                if (claim.country == country && claim.dimension == dimension.id)
                    position.claims.append(claim);
            }
            if (position.claims.isEmpty())
                continue;
            const QStringList values = position.values();
            // Sources count once per article; a tie keeps the value claimed first.
            position.value = values.first();
            position.conflict = values.size() > 1;
            position.tie = position.conflict && position.supportCount(values.at(0)) ==
                                                    position.supportCount(values.at(1));
            if (const DimensionValue *v = dimension.value(position.value))
                position.score = v->score;
            positions.append(position);
        }
    }
    return positions;
}
