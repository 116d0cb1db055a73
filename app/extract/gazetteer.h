// Extraction stage: the curated gazetteer (resources/gazetteer.json) — countries, de facto
// territories and organisations with the names, demonyms, places, people and parties that
// refer to them, and the exclusion phrases that must never count as a mention.
#pragma once

#include "app/corpus/problem.h"

#include <QStringList>
#include <QVector>

struct Leader {
    QString name;
    QString role;
};

struct GazetteerTerm {
    QString text;
    QString category; // name, demonym, capital, place, leader, official, party
};

struct Entity {
    enum class Kind { Country, Territory, Organisation };
    QString id; // ISO 3166-1 alpha-3 for countries
    Kind kind = Kind::Country;
    QString name;
    QString region;
    // The place of its colour on the window's palette of country colours ("colour" in the
    // gazetteer), so that a country is drawn alike in every chart; -1 when none is given.
    int colour = -1;
    QVector<GazetteerTerm> terms;
    QVector<Leader> leaders;
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
    static QString kindName(Entity::Kind kind);

private:
    QVector<Entity> m_entities;
    QStringList m_exclusions;
};
