#include "app/model/document_model.h"

#include "app/extract/interned_names.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

// Places of articles in order, each once, without -1 (an event whose article is not loaded).
QVector<int> sortedArticles(QVector<int> places)
{
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    places.removeAll(-1);
    return places;
}

} // namespace

const Article *DocumentModel::article(const QString &id) const
{
    const int i = articleIndex(id);
    return i < 0 ? nullptr : &articles.at(i);
}

void DocumentModel::makeIndexes()
{
    m_articleIndex.clear();
    m_articleIndex.reserve(articles.size());
    for (int i = 0; i < articles.size(); ++i)
        m_articleIndex.insert(articles.at(i).id, i);
    m_mentionCounts.clear();
    m_leaderWords.clear();
    // Counted by the entity's number (millions of mentions at 100 MB, a few hundred entities),
    // then kept under its name.
    std::vector<QVector<int>> countsByNumber;
    for (int i = 0; i < mentions.size(); ++i) {
        for (const Mention &m : mentions.at(i)) {
            if (m.entityNumber >= countsByNumber.size())
                countsByNumber.resize(m.entityNumber + 1);
            QVector<int> &counts = countsByNumber[m.entityNumber];
            if (counts.isEmpty())
                counts.resize(mentions.size());
            ++counts[i];
            if (m.category() == QLatin1String("leader") && i < articles.size())
                m_leaderWords[m.entity()].insert(articles.at(i).quote(m.span));
        }
    }
    for (size_t number = 0; number < countsByNumber.size(); ++number) {
        if (!countsByNumber[number].isEmpty())
            m_mentionCounts.insert(InternedNames::name(int(number)),
                                   std::move(countsByNumber[number]));
    }
    m_mentionTotals.clear();
    for (auto it = m_mentionCounts.cbegin(); it != m_mentionCounts.cend(); ++it)
        m_mentionTotals.insert(it.key(), std::accumulate(it->cbegin(), it->cend(), 0));
    m_mentionsCounted = mentions.size();
    m_eventsByCountry.clear();
    for (int i = 0; i < events.size(); ++i) {
        for (const QString &iso : events.at(i).countries)
            m_eventsByCountry[iso].append(i);
    }
    m_eventsIndexed = events.size();
    m_eventArticles.clear();
    // Each event's article looked up once, not once for each of its countries.
    QVector<int> articleOfEvent(events.size());
    for (int i = 0; i < events.size(); ++i)
        articleOfEvent[i] = articleIndex(events.at(i).article);
    for (auto it = m_eventsByCountry.cbegin(); it != m_eventsByCountry.cend(); ++it) {
        QVector<int> places;
        places.reserve(it->size());
        for (const int event : *it)
            places.append(articleOfEvent.at(event));
        m_eventArticles.insert(it.key(), sortedArticles(std::move(places)));
    }
}

QVector<int> DocumentModel::eventArticlesBySearch(const QString &country) const
{
    QVector<int> result;
    for (const Event *e : eventsOf(country))
        result.append(articleIndex(e->article));
    return sortedArticles(std::move(result));
}

QVector<int> DocumentModel::eventArticles(const QString &country) const
{
    if (m_eventsIndexed == events.size() && m_articleIndex.size() == articles.size())
        return m_eventArticles.value(country);
    return eventArticlesBySearch(country);
}

int DocumentModel::articleIndex(const QString &id) const
{
    // The index is trusted only where it still points at the article it names.
    const int indexed = m_articleIndex.value(id, -1);
    if (indexed >= 0 && indexed < articles.size() && articles.at(indexed).id == id)
        return indexed;
    for (int i = 0; i < articles.size(); ++i) {
        if (articles.at(i).id == id)
            return i;
    }
    return -1;
}

QVector<const Position *> DocumentModel::positionsOf(const QString &country) const
{
    QVector<const Position *> result;
    for (const Position &p : positions) {
        if (p.country == country)
            result.append(&p);
    }
    return result;
}

const Position *DocumentModel::position(const QString &country, const QString &dimension) const
{
    for (const Position &p : positions) {
        if (p.country == country && p.dimension == dimension)
            return &p;
    }
    return nullptr;
}

QVector<const Event *> DocumentModel::eventsOf(const QString &country) const
{
    QVector<const Event *> result;
    if (m_eventsIndexed == events.size()) {
        for (const int i : m_eventsByCountry.value(country))
            result.append(&events.at(i));
        return result;
    }
    for (const Event &e : events) {
        if (e.countries.contains(country))
            result.append(&e);
    }
    return result;
}

int DocumentModel::mentionCount(const QString &entity, int articleIndex) const
{
    if (articleIndex < 0 || articleIndex >= mentions.size())
        return 0;
    if (m_mentionsCounted == mentions.size()) { // (no copy of the entity's counts)
        const auto counts = m_mentionCounts.constFind(entity);
        return counts == m_mentionCounts.cend() ? 0 : counts->value(articleIndex);
    }
    int n = 0;
    for (const Mention &m : mentions.at(articleIndex)) {
        if (m.entity() == entity)
            ++n;
    }
    return n;
}

int DocumentModel::mentionCount(const QString &entity) const
{
    if (m_mentionsCounted == mentions.size())
        return m_mentionTotals.value(entity);
    int n = 0;
    for (int i = 0; i < mentions.size(); ++i)
        n += mentionCount(entity, i);
    return n;
}

QVector<int> DocumentModel::articlesMentioning(const QString &entity) const
{
    QVector<int> result;
    if (m_mentionsCounted == mentions.size()) {
        const auto counts = m_mentionCounts.constFind(entity);
        if (counts == m_mentionCounts.cend())
            return result;
        for (int i = 0; i < counts->size() && i < articles.size(); ++i) {
            if (counts->at(i) > 0)
                result.append(i);
        }
        return result;
    }
    for (int i = 0; i < mentions.size() && i < articles.size(); ++i) {
        if (mentionCount(entity, i) > 0)
            result.append(i);
    }
    return result;
}

QSet<QString> DocumentModel::leaderWords(const QString &country) const
{
    if (m_mentionsCounted == mentions.size())
        return m_leaderWords.value(country);
    QSet<QString> words;
    for (int i = 0; i < articles.size() && i < mentions.size(); ++i) {
        for (const Mention &m : mentions.at(i)) {
            if (m.entity() == country && m.category() == QLatin1String("leader"))
                words.insert(articles.at(i).quote(m.span));
        }
    }
    return words;
}

QVector<Leader> DocumentModel::leadersNamed(const QString &country) const
{
    QVector<Leader> named;
    const Entity *entity = gazetteer.find(country);
    if (!entity)
        return named;
    // Named means found by the extraction: whole words, outside boilerplate.
    const QSet<QString> words = leaderWords(country);
    for (const Leader &leader : entity->leaders) {
        const QString surname = leader.name.trimmed().section(QLatin1Char(' '), -1);
        if (!surname.isEmpty() && std::any_of(words.cbegin(), words.cend(), [&](const QString &w) {
                return w.contains(surname);
            }))
            named.append(leader);
    }
    return named;
}

int DocumentModel::conflictCount() const
{
    int n = 0;
    for (const Position &p : positions)
        n += p.conflict ? 1 : 0;
    return n;
}
