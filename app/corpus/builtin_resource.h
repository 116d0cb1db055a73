// Corpus stage helper: a curated resource compiled into the app (":/name") parsed once per
// run — it never changes while the app runs — with the problems its parse found.
#pragma once

#include "problem.h"

#include <QFile>

#include <utility>

template <typename T>
T parseBuiltinOnce(const QString &name, T (*parse)(const QByteArray &, const QString &, Problems *),
                   Problems *problems)
{
    static const std::pair<T, Problems> cached = [&] {
        Problems found;
        QFile file(QStringLiteral(":/") + name);
        file.open(QIODevice::ReadOnly);
        T parsed = parse(file.readAll(), name, &found);
        return std::make_pair(parsed, found);
    }();
    problems->append(cached.second);
    return cached.first;
}
