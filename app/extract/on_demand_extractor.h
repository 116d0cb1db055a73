// Extraction stage: all that extracts an article — the built-in event types' classifier, the
// mention finder and the event extractor over a gazetteer — made by the first article extracted,
// on whichever thread reaches it first. Compiling the event types' patterns is most of the time
// a small build takes, and a build whose articles' extractions are all kept needs none of it.
#pragma once

#include "app/extract/article_extraction.h"

#include <mutex>
#include <optional>

class OnDemandExtractor {
public:
    explicit OnDemandExtractor(const Gazetteer &gazetteer)
        : m_gazetteer(gazetteer)
    {}

    // Safe to call from several threads at once.
    ArticleExtraction extract(const Article &article);
    // What was wrong with the event types' rules, once they were read (after the last extract()).
    const Problems &problems() const { return m_problems; }

private:
    const Gazetteer &m_gazetteer;
    std::once_flag m_made;
    Problems m_problems;
    std::optional<EventClassifier> m_classifier;
    std::optional<MentionFinder> m_finder;
    std::optional<EventExtractor> m_extractor;
};
