#include "article.h"

int Article::contextYear() const {
    if (meta.period.from.isValid())
        return meta.period.from.year();
    if (meta.published.isValid())
        return meta.published.year();
    return meta.year;
}
