// Extraction stage: the curated gazetteer (resources/gazetteer.json) — countries, de facto
// territories, organisations and groups of countries ("the Baltic States") with the names,
// demonyms, places, people and parties that refer to them, the exclusion phrases that must never
// count as a mention, and the frame of the corpus (its reference year).
#pragma once

#include "app/corpus/problem.h"
#include "app/extract/indexed_alternation.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <QVector>

struct Leader {
    QString name;
    QString role;
};

struct GazetteerTerm {
    QString text;
    QString category; // name, demonym, capital, place, leader, official, party, institution
};

struct Entity {
    enum class Kind { Country, Territory, Organisation, Group };
    QString id; // ISO 3166-1 alpha-3 for countries
    Kind kind = Kind::Country;
    QString name;
    QString region;
    // The place of its colour on the window's palette of country colours ("colour" in the
    // gazetteer), so that a country is drawn alike in every chart; -1 when none is given.
    int colour = -1;
    QVector<GazetteerTerm> terms;
    QVector<Leader> leaders;
    QStringList members; // a group's countries (ISO3); empty for other kinds
};

class Gazetteer {
public:
    static Gazetteer parse(const QByteArray &json, const QString &fileName, Problems *problems);
    static Gazetteer builtin(Problems *problems);

    const QVector<Entity> &entities() const { return m_entities; }
    const QStringList &exclusions() const { return m_exclusions; }
    const Entity *find(const QString &id) const;
    // The country with ISO3 code `iso`; nullptr for an unknown code or an entity of another kind.
    const Entity *country(const QString &iso) const;
    QVector<const Entity *> countries() const;
    // The countries an entity stands for: a country itself, a group its members, else none.
    QStringList countriesOf(const QString &id) const;
    // The same for the entity whose id InternedNames numbers so (a mention's entityNumber):
    // looked up in a table made once, not by hashing the id (events ask it of every mention).
    const QStringList &countriesOfNumbered(int number) const;
    // The year of the events the corpus is about ("frame": {"referenceYear": 2022}): the year
    // assumed for a date without one in an article that gives no year anywhere; 0 when unset.
    int referenceYear() const { return m_referenceYear; }
    // Phrases naming the event the corpus is about ("frame": {"topics": [...]}, regular
    // expressions): "the situation in Ukraine" makes Ukraine no party to a call about it.
    const IndexedAlternation &topics() const { return m_topics; }
    static QString kindName(Entity::Kind kind);

private:
    void indexAndCheckGroups(const QString &fileName, Problems *problems);

    QVector<Entity> m_entities;
    QHash<QString, qsizetype> m_index;        // Entity::id → its place in m_entities (the first)
    QVector<QStringList> m_countriesByNumber; // InternedNames' number of an id → countriesOf(id)
    QStringList m_exclusions;
    int m_referenceYear = 0;
    IndexedAlternation m_topics;
};
