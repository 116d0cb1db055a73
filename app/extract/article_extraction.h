// Extraction stage: all that extraction finds in one article — its mentions, its events, and the
// problems its dates raise — and a compact binary record of it, which the library keeps so that
// an unchanged article is not extracted again (see ExtractionCache).
#pragma once

#include "app/corpus/problem.h"
#include "app/extract/event_extractor.h"
#include "app/extract/mention_finder.h"

#include <optional>

struct ArticleExtraction {
    QVector<Mention> mentions;
    QVector<Event> events;
    Problems undatedYear;     // reported for every article first,
    Problems impossibleDates; // then these, as a one-thread build lists them

    static ArticleExtraction of(const Article &article, const MentionFinder &finder,
                                const EventExtractor &extractor, int referenceYear);

    // The record of this extraction (the article's id, text and file name are not in it).
    QByteArray encode() const;
    // The extraction a record holds, for `article` (its id, clause texts and file name filled
    // in); nullopt when the bytes are no record of this format or do not fit the article — a
    // span beyond its text, a sentence it does not have.
    static std::optional<ArticleExtraction> decode(const QByteArray &record,
                                                   const Article &article);
};
