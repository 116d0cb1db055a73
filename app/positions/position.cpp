#include "app/positions/position.h"

#include <algorithm>

QStringList Position::values() const
{
    QStringList distinct;
    for (const Claim &c : claims) {
        if (!distinct.contains(c.value))
            distinct.append(c.value);
    }
    std::stable_sort(distinct.begin(), distinct.end(), [this](const QString &a, const QString &b) {
        return supportCount(a) > supportCount(b);
    });
    return distinct;
}

int Position::supportCount(const QString &v) const
{
    QStringList articlesForValue;
    for (const Claim &c : claims) {
        if (c.value == v && !articlesForValue.contains(c.article))
            articlesForValue.append(c.article);
    }
    return int(articlesForValue.size());
}

QStringList Position::articles() const
{
    QStringList ids;
    for (const Claim &c : claims) {
        if (!ids.contains(c.article))
            ids.append(c.article);
    }
    return ids;
}

QString Position::agreement() const
{
    if (!conflict)
        return QStringLiteral("unanimous");
    return tie ? QStringLiteral("tie") : QStringLiteral("majority");
}

SourceDate Position::newestDate() const
{
    SourceDate newest;
    for (const Claim &c : claims)
        newest = SourceDate::newer(newest, c.date);
    return newest;
}
