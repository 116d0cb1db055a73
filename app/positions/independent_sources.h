// Positions stage: sources are counted per independent voice, not per article. A claim whose
// article has the same author (or, without authors, the same publisher) as the article of an
// earlier claim of the same value, and whose quote is the same passage, repeats that source:
// it stays in the evidence, says so, and is not counted again.
#pragma once

#include "app/codebook/claim.h"
#include "app/corpus/article.h"

namespace IndependentSources {

// Sets Claim::repeats on the claims that repeat another's passage (to that source's name).
void mark(QVector<Claim> &claims, const QVector<Article> &articles);

// Whether two quotes are one passage: the same words, but for case, punctuation, a leading
// "the" and one being a part of the other.
bool samePassage(const QString &a, const QString &b);

} // namespace IndependentSources
