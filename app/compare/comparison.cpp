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

ComparisonCounts Comparison::counts() const
{
    ComparisonCounts counts;
    for (const ComparisonRow &row : rows) {
        switch (row.status()) {
        case ComparisonRow::Status::Differ:
            ++counts.differ;
            break;
        case ComparisonRow::Status::Agree:
            ++counts.agree;
            break;
        case ComparisonRow::Status::Incomplete:
            ++counts.incomplete;
            break;
        }
    }
    return counts;
}

Comparison Comparison::build(const DocumentModel &model, const QStringList &countries)
{
    Comparison comparison;
    comparison.countries = countries;
    for (const Dimension &dimension : model.dimensions.all()) {
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
