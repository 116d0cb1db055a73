// Model stage: the claims coded in the window, placed in a document model — each found on the
// article whose text has the digest it was coded on, checked against the model's gazetteer and
// dimensions, and refused (as a problem naming the library) when the text changed, the article
// is not in the corpus, or the span no longer holds its quote.
#pragma once

#include "app/library/library_claims.h"
#include "app/model/document_model.h"

namespace CodedClaims {

// `library` names the file in problems.
QVector<Claim> place(const QVector<StoredClaim> &stored, const DocumentModel &model,
                     const QString &library, Problems *problems);

// A claim to code on `article`'s words [start, end), or why it cannot be: the span outside the
// text or empty, an unknown country or dimension, a value not the dimension's, the same claim
// there already (among `existing`).
QString refusal(const Claim &claim, const DocumentModel &model, const QVector<Claim> &existing);

} // namespace CodedClaims
