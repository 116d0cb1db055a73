// Evidence stage: dates every claim — the date of a dated event about the claim's country
// whose sentence holds the quote, else the date of the claim's article — so a reader sees how
// old a value is.
#pragma once

#include "model/document_model.h"

namespace ClaimDating {

SourceDate ofEvent(const Event &event);
// The date for `claim`, from the events of its article (as in `model.events`).
SourceDate of(const Claim &claim, const DocumentModel &model);
// Dates every claim of `model` (before its positions are built from them).
void apply(DocumentModel &model);

} // namespace ClaimDating
