// app/model: whether anything a document model can show needs an OpenType shaper
// (TextScripts): its articles' texts and metadata, claims, dimensions and problems.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/problem.h"

#include <QVector>

class DocumentModel;

namespace ShapedText {

// Asked by the builder, off the UI thread (DocumentModel::articlesNeedShaping).
bool anyArticleNeedsShaping(const QVector<Article> &articles);
bool anyProblemNeedsShaping(const Problems &problems);
// The articles as the builder found them, and the rest, which is small: claims (an analyst's
// notes), dimensions (an analyst's own), problems, the library's path.
bool modelNeedsShaping(const DocumentModel &model);

} // namespace ShapedText
