#include "app/corpus/article.h"

#include <QDir>

int Article::contextYear() const
{
    if (meta.period.from.isValid())
        return meta.period.from.year();
    if (meta.published.isValid())
        return meta.published.year();
    return meta.year;
}

QString Article::shownPath() const
{
    if (!library.isEmpty())
        return QStringLiteral("%1 (in the library)").arg(file);
    return builtin || folder.isEmpty() ? file : QDir(folder).filePath(file);
}

QString Article::label() const
{
    if (!meta.shortName.isEmpty())
        return meta.shortName;
    return meta.publisher.isEmpty() ? file : meta.publisher;
}
