#include "app/model/shaped_text.h"

#include "app/model/document_model.h"
#include "app/model/text_scripts.h"

#include <algorithm>
#include <initializer_list>

namespace ShapedText {

namespace {

bool anyNeedsShaping(std::initializer_list<QStringView> texts)
{
    return std::any_of(texts.begin(), texts.end(),
                       [](QStringView text) { return TextScripts::needsShaping(text); });
}

bool articleNeedsShaping(const Article &a)
{
    const ArticleMetadata &m = a.meta;
    return anyNeedsShaping(
               {m.title, m.shortName, m.publisher, m.author, m.place, a.file, a.folder}) ||
           TextScripts::needsShaping(a.text);
}

bool claimNeedsShaping(const Claim &c)
{
    return anyNeedsShaping({c.quote, c.note, c.coder, c.codebook});
}

bool dimensionNeedsShaping(const Dimension &d)
{
    return TextScripts::needsShaping(d.label) ||
           std::any_of(d.values.cbegin(), d.values.cend(),
                       [](const DimensionValue &v) { return TextScripts::needsShaping(v.label); });
}

} // namespace

bool anyArticleNeedsShaping(const QVector<Article> &articles)
{
    return std::any_of(articles.cbegin(), articles.cend(), articleNeedsShaping);
}

bool anyProblemNeedsShaping(const Problems &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return anyNeedsShaping({p.file, p.message});
    });
}

bool modelNeedsShaping(const DocumentModel &model)
{
    const auto &claims = model.everyClaim;
    const auto &dimensions = model.dimensions.all();
    return model.articlesNeedShaping || TextScripts::needsShaping(model.library) ||
           std::any_of(claims.cbegin(), claims.cend(), claimNeedsShaping) ||
           std::any_of(dimensions.cbegin(), dimensions.cend(), dimensionNeedsShaping) ||
           anyProblemNeedsShaping(model.problems);
}

} // namespace ShapedText
