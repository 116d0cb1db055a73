// Positions stage: dates every claim — the date of a dated event about the claim's country
// whose clause holds the start of the quote, else the date of the claim's article — so a reader
// sees how old a value is.
#pragma once

#include "app/codebook/claim.h"
#include "app/corpus/article.h"
#include "app/extract/event_extractor.h"

namespace ClaimDating {

SourceDate ofEvent(const Event &event);
// The date for `claim`, from the events of its article among `events`, else the date of its
// article (`article`: its metadata, nullptr when unknown).
SourceDate of(const Claim &claim, const QVector<Event> &events, const ArticleMetadata *article);
// Dates every claim (before positions are built from them).
void apply(QVector<Claim> &claims, const QVector<Event> &events, const QVector<Article> &articles);

} // namespace ClaimDating
