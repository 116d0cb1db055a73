// Evidence stage: a piece of evidence as a citation for a report — its quote, then the
// source's author, title, publisher, date and address, as plain text and as HTML.
#pragma once

#include "app/evidence/evidence_ref.h"
#include "app/model/document_model.h"

struct Citation {
    QString plainText; // “…quote…” (2 Mar 2022)\n— Author, “Title”, Publisher, 3 Mar 2022. URL
    QString html; // the same, the quote in a blockquote, the title in <cite>, URL a link

    static Citation of(const EvidenceRef &ref, const DocumentModel &model);
};
