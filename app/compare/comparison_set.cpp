#include "app/compare/comparison_set.h"

#include "app/compare/comparison.h"

QStringList ComparisonSet::split(const QString &text)
{
    QStringList codes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString code = part.trimmed().toUpper();
        if (!code.isEmpty())
            codes.append(code);
    }
    return codes;
}

QString ComparisonSet::check(const QStringList &countries, const DocumentModel &model)
{
    for (const QString &iso : countries) {
        if (!model.gazetteer.country(iso)) {
            QStringList known;
            for (const Entity *country : model.countries())
                known.append(country->id);
            return QStringLiteral("unknown country code '%1' (known: %2)")
                .arg(iso, known.join(QLatin1Char(',')));
        }
        if (countries.count(iso) > 1)
            return QStringLiteral("%1 is given twice; compare different countries").arg(iso);
    }
    if (countries.size() < Comparison::MinCountries || countries.size() > Comparison::MaxCountries)
        return QStringLiteral("compare two to four countries, not %1").arg(countries.size());
    return {};
}

QStringList ComparisonSet::candidates(const DocumentModel &model)
{
    QStringList result;
    for (const Entity *country : model.countries()) {
        if (!model.positionsOf(country->id).isEmpty() || model.mentionCount(country->id) > 0)
            result.append(country->id);
    }
    return result;
}
