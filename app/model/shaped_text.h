// Whether anything a document model can show needs an OpenType shaper (TextScripts): its
// articles' texts and metadata, claims, dimensions and problems. The window follows it
// (ui/style/text_rendering.h).
#pragma once

#include "app/corpus/article.h"

#include <QVector>

class DocumentModel;

namespace ShapedText {

// Read once by the builder, off the UI thread: a compact text is looked at in its few units
// above U+00FF, a UTF-16 one whole.
bool anyArticleNeedsIt(const QVector<Article> &articles);
// The articles as the builder found them (DocumentModel::articlesNeedShaping), and the rest,
// which is small: claims (an analyst's notes), dimensions (an analyst's own), problems.
bool modelNeedsIt(const DocumentModel &model);

} // namespace ShapedText
