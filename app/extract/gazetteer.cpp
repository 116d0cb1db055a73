#include "app/extract/gazetteer.h"

#include "app/corpus/json_lines.h"
#include "app/extract/interned_names.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

const auto kTopicOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

bool parseKind(const QString &text, Entity::Kind *kind)
{
    if (text == QLatin1String("country"))
        *kind = Entity::Kind::Country;
    else if (text == QLatin1String("territory"))
        *kind = Entity::Kind::Territory;
    else if (text == QLatin1String("organisation"))
        *kind = Entity::Kind::Organisation;
    else if (text == QLatin1String("group"))
        *kind = Entity::Kind::Group;
    else
        return false;
    return true;
}

} // namespace

Gazetteer Gazetteer::parse(const QByteArray &json, const QString &fileName, Problems *problems)
{
    Gazetteer gazetteer;
    const std::optional<QJsonObject> root =
        JsonLines::parseObject(json, fileName, QStringLiteral("no mentions are found"), problems);
    if (!root)
        return gazetteer;
    const QJsonArray entities = root->value(QLatin1String("entities")).toArray();
    const QVector<int> lines = JsonLines::elementLines(json, QStringLiteral("entities"));
    for (qsizetype i = 0; i < entities.size(); ++i) {
        const QJsonObject o = entities.at(i).toObject();
        const int line = i < lines.size() ? lines.at(i) : 0;
        Entity entity;
        entity.id = o.value(QLatin1String("id")).toString();
        entity.name = o.value(QLatin1String("name")).toString();
        entity.region = o.value(QLatin1String("region")).toString();
        entity.colour = o.value(QLatin1String("colour")).toInt(-1);
        if (entity.colour < -1)
            entity.colour = -1;
        if (entity.id.isEmpty() || entity.name.isEmpty() ||
            !parseKind(o.value(QLatin1String("kind")).toString(), &entity.kind)) {
            problems->append({fileName, line,
                              QStringLiteral("an entity needs an id, a name and a kind "
                                             "(country, territory, organisation or group); "
                                             "skipped")});
            continue;
        }
        const QJsonObject terms = o.value(QLatin1String("terms")).toObject();
        for (auto it = terms.begin(); it != terms.end(); ++it) {
            for (const QJsonValue &term : it.value().toArray()) {
                if (!term.toString().trimmed().isEmpty())
                    entity.terms.append({term.toString().trimmed(), it.key()});
            }
        }
        for (const QJsonValue &leader : o.value(QLatin1String("leaders")).toArray()) {
            const QJsonObject l = leader.toObject();
            entity.leaders.append({l.value(QLatin1String("name")).toString(),
                                   l.value(QLatin1String("role")).toString()});
        }
        for (const QJsonValue &member : o.value(QLatin1String("members")).toArray())
            entity.members.append(member.toString());
        // The names its mentions will carry are given their numbers first: no record read later
        // (a damaged library's names, say) can take their place in the table.
        InternedNames::numberOf(entity.id);
        for (const GazetteerTerm &term : entity.terms)
            InternedNames::numberOf(term.category);
        gazetteer.m_entities.append(entity);
    }
    gazetteer.indexAndCheckGroups(fileName, problems);
    const QJsonObject frame = root->value(QLatin1String("frame")).toObject();
    gazetteer.m_referenceYear = frame.value(QLatin1String("referenceYear")).toInt();
    QStringList topics;
    for (const QJsonValue &topic : frame.value(QLatin1String("topics")).toArray()) {
        if (QRegularExpression(topic.toString(), kTopicOptions).isValid())
            topics.append(topic.toString());
        else
            problems->append({fileName, 0,
                              QStringLiteral("topic \"%1\" is not a valid regular expression; "
                                             "skipped")
                                  .arg(topic.toString())});
    }
    gazetteer.m_topics = IndexedAlternation(topics, kTopicOptions);
    for (const QJsonValue &phrase : root->value(QLatin1String("exclusions")).toArray())
        gazetteer.m_exclusions.append(phrase.toString());
    return gazetteer;
}

Gazetteer Gazetteer::builtin(Problems *problems)
{
    QFile file(QStringLiteral(":/gazetteer.json"));
    file.open(QIODevice::ReadOnly);
    return parse(file.readAll(), QStringLiteral("gazetteer.json"), problems);
}

const Entity *Gazetteer::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_entities.at(*it);
}

const Entity *Gazetteer::country(const QString &iso) const
{
    const Entity *entity = find(iso);
    return entity && entity->kind == Entity::Kind::Country ? entity : nullptr;
}

QVector<const Entity *> Gazetteer::countries() const
{
    QVector<const Entity *> result;
    for (const Entity &e : m_entities) {
        if (e.kind == Entity::Kind::Country)
            result.append(&e);
    }
    return result;
}

// Entities are found by id through an index. A group's members must be countries of this gazetteer:
// an unknown one is dropped, and said.
void Gazetteer::indexAndCheckGroups(const QString &fileName, Problems *problems)
{
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        if (!m_index.contains(m_entities.at(i).id))
            m_index.insert(m_entities.at(i).id, i);
    }
    for (Entity &group : m_entities) {
        if (group.kind != Entity::Kind::Group)
            continue;
        QStringList known;
        for (const QString &member : std::as_const(group.members)) {
            if (country(member)) {
                known.append(member);
                continue;
            }
            problems->append({fileName, 0,
                              QStringLiteral("the group \"%1\" names \"%2\", which is no country "
                                             "of the gazetteer; it is left out of the group")
                                  .arg(group.id, member)});
        }
        group.members = known;
    }
    for (auto it = m_index.cbegin(); it != m_index.cend(); ++it) {
        const int number = InternedNames::numberOf(it.key());
        if (number < 0)
            continue; // the table of names is full: its mentions carry no number of it either
        if (number >= m_countriesByNumber.size())
            m_countriesByNumber.resize(number + 1);
        m_countriesByNumber[number] = countriesOf(it.key());
    }
}

const QStringList &Gazetteer::countriesOfNumbered(int number) const
{
    static const QStringList none;
    return number >= 0 && number < m_countriesByNumber.size() ? m_countriesByNumber.at(number)
                                                              : none;
}

QStringList Gazetteer::countriesOf(const QString &id) const
{
    const Entity *entity = find(id);
    if (!entity)
        return {};
    if (entity->kind == Entity::Kind::Country)
        return {entity->id};
    return entity->members;
}

QString Gazetteer::kindName(Entity::Kind kind)
{
    switch (kind) {
    case Entity::Kind::Country:
        return QStringLiteral("country");
    case Entity::Kind::Territory:
        return QStringLiteral("territory");
    case Entity::Kind::Organisation:
        return QStringLiteral("organisation");
    case Entity::Kind::Group:
        return QStringLiteral("group");
    }
    return {};
}
