// Corpus stage helper: a curated resource compiled into the app (":/name") parsed once per
// run — it never changes while the app runs — with the problems its parse found.
#pragma once

#include "app/corpus/problem.h"

#include <QFile>

#include <utility>

template <typename T>
T parseBuiltinOnce(const QString &name, T (*parse)(const QByteArray &, const QString &, Problems *),
                   Problems *problems)
{
    const auto read = [&] {
        Problems found;
        QFile file(QStringLiteral(":/") + name);
        if (!file.open(QIODevice::ReadOnly))
            found.append({name, 0, QStringLiteral("the built-in resource is missing")});
        T parsed = parse(file.readAll(), name, &found);
        return std::make_pair(parsed, found);
    };
    // One cache per type, for the one resource of that type; any other name is read afresh.
    static const QString cachedName = name;
    static const std::pair<T, Problems> cached = read();
    if (name != cachedName) {
        const auto fresh = read();
        problems->append(fresh.second);
        return fresh.first;
    }
    problems->append(cached.second);
    return cached.first;
}
