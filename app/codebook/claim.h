// Codebook stage: one analyst's claim — (country, dimension, value, article, exact quote) —
// with the span where the quote was found in the article and the date it carries.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/source_date.h"

struct Claim {
    QString country;   // ISO3
    QString dimension; // Dimension::id
    QString value;     // DimensionValue::id
    QString article;   // Article::id
    QString quote;     // as the analyst wrote it
    QString note;
    TextSpan span;    // where the quote is in the article's text
    QString codebook; // file the claim came from
    int line = 0;     // its line there
    SourceDate date;  // of the quoted sentence, else of the article (ClaimDating)
};
