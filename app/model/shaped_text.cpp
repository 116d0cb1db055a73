#include "app/model/shaped_text.h"

#include "app/corpus/text_scripts.h"
#include "app/model/document_model.h"

#include <algorithm>
#include <initializer_list>

namespace ShapedText {

namespace {

bool anyNeedsIt(std::initializer_list<QStringView> texts)
{
    return std::any_of(texts.begin(), texts.end(),
                       [](QStringView text) { return TextScripts::needsShaping(text); });
}

bool needsIt(const Article &a)
{
    const ArticleMetadata &m = a.meta;
    return anyNeedsIt({m.title, m.shortName, m.publisher, m.author, m.place, a.file, a.folder}) ||
           TextScripts::needsShaping(a.text);
}

bool needsIt(const Claim &c)
{
    return anyNeedsIt({c.quote, c.note, c.coder, c.codebook});
}

bool needsIt(const Dimension &d)
{
    return TextScripts::needsShaping(d.label) ||
           std::any_of(d.values.cbegin(), d.values.cend(),
                       [](const DimensionValue &v) { return TextScripts::needsShaping(v.label); });
}

} // namespace

bool anyArticleNeedsIt(const QVector<Article> &articles)
{
    return std::any_of(articles.cbegin(), articles.cend(),
                       [](const Article &a) { return needsIt(a); });
}

bool modelNeedsIt(const DocumentModel &model)
{
    const auto &claims = model.everyClaim;
    const auto &dimensions = model.dimensions.all();
    return model.articlesNeedShaping || TextScripts::needsShaping(model.library) ||
           std::any_of(claims.cbegin(), claims.cend(), [](const Claim &c) { return needsIt(c); }) ||
           std::any_of(dimensions.cbegin(), dimensions.cend(),
                       [](const Dimension &d) { return needsIt(d); }) ||
           std::any_of(model.problems.cbegin(), model.problems.cend(), [](const Problem &p) {
               return anyNeedsIt({p.file, p.message});
           });
}

} // namespace ShapedText
