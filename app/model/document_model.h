// The document model: one immutable snapshot of everything the app knows — articles with
// their structure, mentions, events, claims and positions, and the problems met on the way.
// Views and exporters read it; DocumentModelBuilder makes it.
#pragma once

#include "app/codebook/claim.h"
#include "app/codebook/dimensions.h"
#include "app/corpus/article.h"
#include "app/corpus/problem.h"
#include "app/extract/event_extractor.h"
#include "app/extract/gazetteer.h"
#include "app/extract/mention_finder.h"
#include "app/positions/claim_filter.h"
#include "app/positions/position.h"

#include <QHash>
#include <QSet>

#include <memory>

class DocumentModel {
public:
    QVector<Article> articles;
    QVector<QVector<Mention>> mentions; // parallel to articles
    QVector<Event> events;              // all articles, by date
    Dimensions dimensions;              // the built-in ones, then the library's own
    QVector<Claim> claims;     // those the positions rest on: everyClaim that claimFilter admits
    QVector<Claim> everyClaim; // curated (codebooks) and coded (the library), located and dated
    ClaimFilter claimFilter;
    QString library;            // the library file the coded claims and own dimensions came from
    int codingProblemCount = 0; // the last of `problems` are the coded claims' (see recode)
    int articlesFromCache = 0;  // library articles whose kept extraction was used (not extracted)
    int builtinFromRecords = 0; // built-in articles read from the records made with the program
    // Whether an article's text or metadata needs an OpenType shaper (ShapedText), as the
    // builder found the articles: whoever changes them after says it again.
    bool articlesNeedShaping = false;
    QVector<Position> positions;
    Gazetteer gazetteer;
    Problems problems;

    const Article *article(const QString &id) const;
    int articleIndex(const QString &id) const;
    // Indexes the articles by id (for article() and articleIndex()), the events by country
    // (eventsOf()), counts the mentions of each entity per article (mentionCount()) and keeps
    // the words its leaders are named by (leadersNamed()): asked for by every row of every
    // table and chart, and at every change of country. The builder calls it once articles and
    // mentions are final; a model changed after it (or that never called it) is still answered, by
    // a search.
    void makeIndexes();
    QVector<const Entity *> countries() const { return gazetteer.countries(); }

    QVector<const Position *> positionsOf(const QString &country) const;
    const Position *position(const QString &country, const QString &dimension) const;
    QVector<const Event *> eventsOf(const QString &country) const;
    // The articles (their places in `articles`, sorted, each once) that tell of its events.
    QVector<int> eventArticles(const QString &country) const;
    int mentionCount(const QString &entity, int articleIndex) const;
    int mentionCount(const QString &entity) const;
    // The articles (their places in `articles`, in order) that mention it at least once.
    QVector<int> articlesMentioning(const QString &entity) const;
    // Leaders from the gazetteer that the articles actually name.
    QVector<Leader> leadersNamed(const QString &country) const;
    int conflictCount() const;

private:
    QSet<QString> leaderWords(const QString &country) const; // how its leader mentions read
    QVector<int> eventArticlesBySearch(const QString &country) const;

    QHash<QString, int> m_articleIndex;           // id → place in articles, made by makeIndexes()
    QHash<QString, QVector<int>> m_mentionCounts; // entity → mentions per article
    QHash<QString, int> m_mentionTotals;          // entity → its mentions in all articles
    QHash<QString, QSet<QString>> m_leaderWords;  // entity → the words of its leader mentions
    qsizetype m_mentionsCounted = -1;             // how many articles' mentions were counted
    QHash<QString, QVector<int>> m_eventsByCountry; // country → its events' places in events
    qsizetype m_eventsIndexed = -1;                 // how many events were indexed
    QHash<QString, QVector<int>> m_eventArticles;   // country → eventArticles()
};

using DocumentModelPtr = std::shared_ptr<const DocumentModel>;
