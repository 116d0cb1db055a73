#include "app/codebook/codebook_loader.h"

#include "app/codebook/dimensions.h"
#include "app/codebook/quote_locator.h"
#include "app/corpus/bounded_file.h"
#include "app/corpus/json_lines.h"
#include "app/extract/gazetteer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

CodebookLoader::CodebookLoader(const Gazetteer &gazetteer, const QVector<Article> &articles,
                               const Dimensions &dimensions)
    : m_gazetteer(gazetteer)
    , m_articles(articles)
    , m_dimensions(dimensions)
{}

QString CodebookLoader::refusal(const Claim &claim) const
{
    if (!m_gazetteer.country(claim.country))
        return QStringLiteral("unknown country \"%1\"").arg(claim.country);
    const Dimension *dimension = m_dimensions.find(claim.dimension);
    if (!dimension)
        return QStringLiteral("unknown dimension \"%1\"").arg(claim.dimension);
    if (!dimension->value(claim.value))
        return QStringLiteral("\"%1\" is not a value of %2 (allowed: %3)")
            .arg(claim.value, claim.dimension, dimension->valueIds().join(QStringLiteral(", ")));
    if (claim.quote.trimmed().isEmpty())
        return QStringLiteral("the claim has no quote");
    return {};
}

bool CodebookLoader::check(const Claim &claim, Problems *problems) const
{
    const QString why = refusal(claim);
    if (!why.isEmpty())
        problems->append({claim.codebook, claim.line, why});
    return why.isEmpty();
}

QVector<Claim> CodebookLoader::parse(const QByteArray &json, const QString &fileName,
                                     Problems *problems,
                                     const QHash<QString, QString> &ownIds) const
{
    const std::optional<QJsonObject> root =
        JsonLines::parseObject(json, fileName, QStringLiteral("no claims were read"), problems);
    if (!root)
        return {};
    const QJsonValue claimsValue = root->value(QLatin1String("claims"));
    if (!claimsValue.isArray()) {
        problems->append({fileName, 0, QStringLiteral("has no \"claims\" list")});
        return {};
    }
    const QJsonArray array = claimsValue.toArray();
    const QVector<int> lines = JsonLines::elementLines(json, QStringLiteral("claims"));

    QHash<QString, const Article *> articles;
    for (const Article &a : m_articles)
        articles.insert(a.id, &a);
    QHash<QString, std::shared_ptr<QuoteLocator>> locators;

    QVector<Claim> claims;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Claim claim;
        claim.country = o.value(QLatin1String("country")).toString();
        claim.dimension = o.value(QLatin1String("dimension")).toString();
        claim.value = o.value(QLatin1String("value")).toString();
        claim.article = o.value(QLatin1String("article")).toString();
        claim.article = ownIds.value(claim.article, claim.article);
        claim.quote = o.value(QLatin1String("quote")).toString();
        claim.note = o.value(QLatin1String("note")).toString();
        const QString confidence = o.value(QLatin1String("confidence")).toString();
        claim.doubtful = confidence == QLatin1String("doubtful");
        if (!confidence.isEmpty() && !claim.doubtful)
            problems->append({fileName, i < lines.size() ? lines.at(i) : 0,
                              QStringLiteral("confidence \"%1\" is not known (only "
                                             "\"doubtful\" is); the claim is taken as sure")
                                  .arg(confidence)});
        claim.codebook = fileName;
        claim.line = i < lines.size() ? lines.at(i) : 0;
        if (!check(claim, problems))
            continue;
        const Article *article = articles.value(claim.article);
        if (!article) {
            problems->append({fileName, claim.line,
                              QStringLiteral("the claim cites article \"%1\", which is not in "
                                             "the corpus")
                                  .arg(claim.article)});
            continue;
        }
        // A span given with the claim (an exported codebook's) is kept when it holds the quote.
        const qint64 start = o.value(QLatin1String("start")).toInteger(-1);
        const qint64 end = o.value(QLatin1String("end")).toInteger(-1);
        if (start >= 0 && end > start && end <= article->text.size() &&
            article->quote({start, end}) == claim.quote) {
            claim.span = {start, end};
            claims.append(claim);
            continue;
        }
        auto &locator = locators[claim.article];
        if (!locator)
            locator = std::make_shared<QuoteLocator>(article->text.toString());
        const auto span = locator->locate(claim.quote);
        if (!span) {
            problems->append({fileName, claim.line,
                              QStringLiteral("quote not found in %1 (%2): \"%3\"")
                                  .arg(claim.article, article->shownPath(), claim.quote.left(80))});
            continue;
        }
        claim.span = *span;
        claims.append(claim);
    }
    return claims;
}

QVector<Claim> CodebookLoader::loadFile(const QString &path, const QString &fileName,
                                        Problems *problems,
                                        const QHash<QString, QString> &ownIds) const
{
    constexpr qint64 kLimit = 16 * 1024 * 1024;
    const std::optional<QByteArray> bytes =
        BoundedFile::read(path, fileName, kLimit, QStringLiteral("a codebook"), problems);
    return bytes ? parse(*bytes, fileName, problems, ownIds) : QVector<Claim>();
}
