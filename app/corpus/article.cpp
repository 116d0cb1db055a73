#include "app/corpus/article.h"

#include <QDir>

Article Article::opened() const
{
    Article open = *this;
    if (text.isCompact())
        open.text = ArticleText(text.toString(), false);
    return open;
}

int Article::contextYear() const
{
    if (meta.period.from.isValid())
        return meta.period.from.year();
    if (meta.published.isValid())
        return meta.published.year();
    return meta.year;
}

void ArticleMetadata::fillBlanksFrom(const ArticleMetadata &detected, bool keepDates)
{
    if (title.isEmpty())
        title = detected.title;
    if (publisher.isEmpty())
        publisher = detected.publisher;
    if (author.isEmpty())
        author = detected.author;
    if (place.isEmpty())
        place = detected.place;
    if (year == 0)
        year = detected.year;
    if (keepDates)
        return;
    if (!published.isValid())
        published = detected.published;
    if (!period.isValid())
        period = detected.period;
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
    if (!meta.publisher.isEmpty())
        return meta.publisher;
    return meta.title.isEmpty() ? file : meta.title;
}

QString Article::labelAndTitle(const QString &separator) const
{
    const QString shortName = label();
    if (meta.title.isEmpty() || meta.title == shortName)
        return shortName;
    return shortName + separator + meta.title;
}
