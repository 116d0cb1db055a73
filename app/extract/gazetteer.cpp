#include "app/extract/gazetteer.h"

#include "app/corpus/json_lines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {

bool parseKind(const QString &text, Entity::Kind *kind)
{
    if (text == QLatin1String("country"))
        *kind = Entity::Kind::Country;
    else if (text == QLatin1String("territory"))
        *kind = Entity::Kind::Territory;
    else if (text == QLatin1String("organisation"))
        *kind = Entity::Kind::Organisation;
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
                                             "(country, territory or organisation); skipped")});
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
        gazetteer.m_entities.append(entity);
    }
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
    for (const Entity &e : m_entities) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
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

QString Gazetteer::kindName(Entity::Kind kind)
{
    switch (kind) {
    case Entity::Kind::Country:
        return QStringLiteral("country");
    case Entity::Kind::Territory:
        return QStringLiteral("territory");
    case Entity::Kind::Organisation:
        return QStringLiteral("organisation");
    }
    return {};
}
