#include "app/compare/comparison.h"

#include "app/codebook/dimensions.h"

ComparisonRow::Status ComparisonRow::status() const
{
    QString seen;
    bool complete = !cells.isEmpty();
    for (const Position *p : cells) {
        if (!p || p->conflict)
            complete = false;
        if (!p)
            continue;
        if (seen.isEmpty())
            seen = p->value;
        else if (p->value != seen)
            return Status::Differ;
    }
    return complete ? Status::Agree : Status::Incomplete;
}

QString ComparisonRow::statusName(Status status)
{
    switch (status) {
    case Status::Differ:
        return QStringLiteral("differ");
    case Status::Agree:
        return QStringLiteral("agree");
    case Status::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
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
