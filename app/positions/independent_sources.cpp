#include "app/positions/independent_sources.h"

#include <QHash>
#include <QRegularExpression>

namespace IndependentSources {

namespace {

QString words(const QString &quote)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    QString text = quote.toLower().replace(nonWord, QStringLiteral(" ")).trimmed();
    if (text.startsWith(QLatin1String("the ")))
        text.remove(0, 4);
    return text;
}

// Two articles speak with one voice when one author wrote both, or — when neither names its
// author — one publisher published both.
bool sameVoice(const ArticleMetadata &a, const ArticleMetadata &b)
{
    if (!a.author.isEmpty() || !b.author.isEmpty())
        return !a.author.isEmpty() && !b.author.isEmpty() &&
               a.author.compare(b.author, Qt::CaseInsensitive) == 0;
    return !a.publisher.isEmpty() && a.publisher.compare(b.publisher, Qt::CaseInsensitive) == 0;
}

QString shownName(const Article &article)
{
    if (!article.meta.shortName.isEmpty())
        return article.meta.shortName;
    return article.meta.title.isEmpty() ? article.id : article.meta.title;
}

} // namespace

bool samePassage(const QString &a, const QString &b)
{
    const QString x = words(a);
    const QString y = words(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    return x == y || (x.size() >= 40 && y.contains(x)) || (y.size() >= 40 && x.contains(y));
}

void mark(QVector<Claim> &claims, const QVector<Article> &articles)
{
    QHash<QString, const Article *> byId;
    for (const Article &a : articles)
        byId.insert(a.id, &a);
    for (qsizetype i = 0; i < claims.size(); ++i) {
        Claim &claim = claims[i];
        claim.repeats.clear();
        const Article *own = byId.value(claim.article);
        if (!own)
            continue;
        for (qsizetype j = 0; j < i; ++j) {
            const Claim &earlier = claims.at(j);
            if (earlier.country != claim.country || earlier.dimension != claim.dimension ||
                earlier.value != claim.value || earlier.article == claim.article ||
                !earlier.repeats.isEmpty())
                continue;
            const Article *other = byId.value(earlier.article);
            if (other && sameVoice(own->meta, other->meta) &&
                samePassage(claim.quote, earlier.quote)) {
                claim.repeats = shownName(*other);
                break;
            }
        }
    }
}

} // namespace IndependentSources
