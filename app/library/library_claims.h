// Library stage: the claims coded in the window — added, changed, removed, listed — and the
// dimensions an analyst added. A claim is stored with the digest of the text it was coded on;
// each write is one transaction, so a claim is saved whole the moment it is made. Removing an
// article keeps the claims coded on it: importing the same text again brings them back.
#pragma once

#include "app/codebook/claim.h"
#include "app/codebook/dimensions.h"
#include "app/library/library_database.h"

#include <optional>

struct StoredClaim {
    Claim claim;           // article: the id it was coded under; codebook and line unset
    QByteArray textSha256; // hex digest of the article's text when it was coded
    // The span as the library holds it ("start:end"), for messages: a damaged record's offsets
    // past what a span holds are -1 in claim.span.
    QString storedSpan;
};

namespace LibraryClaims {

// Adds `stored`; with claim.id 0 under a new id, else under that id again (an undone remove
// redone). Returns the id, or 0 with `error` set.
qint64 add(const LibraryDatabase &library, const StoredClaim &stored, QString *error);
// Changes the claim with stored.claim.id: every field but its id and coding time.
bool update(const LibraryDatabase &library, const StoredClaim &stored, QString *error);
bool remove(const LibraryDatabase &library, qint64 id, QString *error);
std::optional<QVector<StoredClaim>> all(const LibraryDatabase &library, QString *error);

// The analyst's own dimensions, in the order they were added.
std::optional<QVector<Dimension>> dimensions(const LibraryDatabase &library, QString *error);
bool addDimension(const LibraryDatabase &library, const Dimension &dimension, QString *error);
bool removeDimension(const LibraryDatabase &library, const QString &id, QString *error);

} // namespace LibraryClaims
