// Corpus stage: guesses an article's metadata from its own text when no manifest entry
// describes it ("Author: …", "By …", "Review period: …", a dateline with its place, a "© year
// Publisher" footer, the first substantial line as the title — not a site's name above its
// navigation bar, nor a by-line or a dateline).
#pragma once

#include "app/corpus/article.h"

class MetadataDetector {
public:
    // Needs article.text and article.paragraphs (boilerplate marked).
    static ArticleMetadata detect(const Article &article);
};
