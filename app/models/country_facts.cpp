#include "app/models/country_facts.h"

#include <utility>

namespace CountryFacts {

QString stanceValue(const DocumentModel &model, const QString &iso)
{
    const Position *p = model.position(iso, QStringLiteral("stance"));
    return p ? p->value : QString();
}

QVariant stanceScore(const DocumentModel &model, const QString &iso)
{
    const Position *p = model.position(iso, QStringLiteral("stance"));
    return p && p->score ? QVariant(*p->score) : QVariant();
}

namespace {

// Membership dimensions whose agreed "yes" earns a badge, and the badge's text.
const std::pair<const char *, const char *> kBadges[] = {{"csto_member", "CSTO"},
                                                         {"eaeu_member", "EAEU"},
                                                         {"eu_member", "EU"},
                                                         {"eu_application", "EU applicant"},
                                                         {"nato_member", "NATO"}};

} // namespace

QStringList badgeNames()
{
    QStringList names;
    for (const auto &[dimension, badge] : kBadges)
        names.append(QLatin1String(badge));
    return names;
}

QStringList memberships(const DocumentModel &model, const QString &iso)
{
    QStringList result;
    for (const auto &[dimension, badge] : kBadges) {
        const Position *p = model.position(iso, QLatin1String(dimension));
        if (p && p->value == QLatin1String("yes"))
            result.append(QLatin1String(badge));
    }
    return result;
}

QString searchText(const DocumentModel &model, const QString &iso)
{
    const Entity *entity = model.gazetteer.find(iso);
    if (!entity)
        return iso.toLower();
    QStringList parts{entity->name, entity->id};
    for (const GazetteerTerm &term : entity->terms) {
        if (term.category == QLatin1String("capital") || term.category == QLatin1String("leader") ||
            term.category == QLatin1String("name"))
            parts.append(term.text);
    }
    return parts.join(QLatin1Char('\n')).toLower();
}

} // namespace CountryFacts
