#include "app/extract/on_demand_extractor.h"

ArticleExtraction OnDemandExtractor::extract(const Article &article)
{
    std::call_once(m_made, [this] {
        m_classifier.emplace(EventClassifier::builtin(&m_problems));
        m_finder.emplace(m_gazetteer);
        m_extractor.emplace(m_gazetteer, *m_classifier);
    });
    return ArticleExtraction::of(article, *m_finder, *m_extractor, m_gazetteer.referenceYear());
}
