#include "comparison.h"

#include "codebook/dimensions.h"

bool ComparisonRow::differs() const
{
    QString seen;
    for (const Position *p : cells) {
        if (!p)
            continue;
        if (seen.isEmpty())
            seen = p->value;
        else if (p->value != seen)
            return true;
    }
    return false;
}

bool ComparisonRow::allAgree() const
{
    for (const Position *p : cells) {
        if (!p || p->conflict || p->value != cells.first()->value)
            return false;
    }
    return !cells.isEmpty();
}

Comparison Comparison::build(const DocumentModel &model, const QStringList &countries)
{
    Comparison comparison;
    comparison.countries = countries;
    for (const Dimension &dimension : Dimensions::all()) {
        ComparisonRow row{dimension.id, {}};
        bool anySource = false;
        for (const QString &iso : countries) {
            const Position *p = model.position(iso, dimension.id);
            anySource = anySource || p;
            row.cells.append(p);
        }
        if (anySource)
            comparison.rows.append(row);
    }
    return comparison;
}
