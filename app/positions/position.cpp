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
        if (c.value == v && c.repeats.isEmpty() && !articlesForValue.contains(c.article))
            articlesForValue.append(c.article);
    }
    return int(articlesForValue.size());
}

int Position::sources() const
{
    QStringList independent;
    for (const Claim &c : claims) {
        if (c.repeats.isEmpty() && !independent.contains(c.article))
            independent.append(c.article);
    }
    return int(independent.size());
}

bool Position::doubtful() const
{
    return !claims.isEmpty() && std::all_of(claims.cbegin(), claims.cend(), [this](const Claim &c) {
        return c.value != value || c.doubtful;
    });
}

QStringList Position::shownValues() const
{
    const QStringList all = values();
    if (!tie || all.isEmpty())
        return all.mid(0, 1);
    QStringList tied;
    for (const QString &v : all) {
        if (supportCount(v) == supportCount(all.first()))
            tied.append(v);
    }
    return tied;
}

QString Position::label(const Dimensions &dimensions) const
{
    QStringList labels;
    for (const QString &v : shownValues())
        labels.append(dimensions.valueLabel(dimension, v));
    QString text = labels.join(QStringLiteral(" / "));
    if (doubtful())
        text += QStringLiteral(" \u26A0");
    return text;
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
        return doubtful() ? QStringLiteral("doubtful") : QStringLiteral("unanimous");
    return tie ? QStringLiteral("tie") : QStringLiteral("majority");
}

SourceDate Position::newestDate() const
{
    SourceDate newest;
    for (const Claim &c : claims)
        newest = SourceDate::newer(newest, c.date);
    return newest;
}
