#include "app/export/model_json_writer.h"

#include "app/codebook/dimensions.h"
#include "app/export/save_file.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonValue isoDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject claimJson(const Claim &c)
{
    QJsonObject o{{QLatin1String("value"), c.value},
                  {QLatin1String("article"), c.article},
                  {QLatin1String("quote"), c.quote},
                  {QLatin1String("start"), c.span.start},
                  {QLatin1String("end"), c.span.end},
                  {QLatin1String("codebookLine"), c.line},
                  {QLatin1String("dated"), ModelJsonWriter::dateJson(c.date)}};
    if (!c.note.isEmpty()) {
        o.insert(QLatin1String("note"), c.note);
        o.insert(QLatin1String("memo"), c.note);
    }
    // Whose claim: a curated one (a codebook file's), or one coded in the window.
    o.insert(QLatin1String("coder"), c.isCurated() ? QJsonValue(QJsonValue::Null) : c.coder);
    if (!c.isCurated()) {
        o.insert(QLatin1String("id"), c.id);
        o.insert(QLatin1String("coded"), c.coded.toUTC().toString(Qt::ISODate));
    }
    return o;
}

QJsonObject positionJson(const Position &p, const Dimensions &dimensions)
{
    QJsonArray claims;
    for (const Claim &c : p.claims)
        claims.append(claimJson(c));
    QJsonObject o{{QLatin1String("value"), p.value},
                  {QLatin1String("label"), dimensions.valueLabel(p.dimension, p.value)},
                  {QLatin1String("conflict"), p.conflict},
                  {QLatin1String("agreement"), p.agreement()},
                  {QLatin1String("values"), QJsonArray::fromStringList(p.values())},
                  {QLatin1String("claims"), claims}};
    if (p.score)
        o.insert(QLatin1String("score"), *p.score);
    return o;
}

QJsonObject eventJson(const Event &e)
{
    QJsonObject o{{QLatin1String("date"), isoDate(e.date.from)},
                  {QLatin1String("precision"), e.precision == DateMention::Precision::Day
                                                   ? QStringLiteral("day")
                                                   : QStringLiteral("month")},
                  {QLatin1String("type"), e.type},
                  {QLatin1String("article"), e.article},
                  {QLatin1String("start"), e.span.start},
                  {QLatin1String("end"), e.span.end},
                  {QLatin1String("text"), e.text},
                  {QLatin1String("countries"), QJsonArray::fromStringList(e.countries)}};
    if (e.date.to != e.date.from)
        o.insert(QLatin1String("dateTo"), isoDate(e.date.to));
    return o;
}

QJsonObject mentionsJson(const DocumentModel &model, const QString &entity)
{
    QJsonObject mentions;
    for (int i = 0; i < model.articles.size(); ++i) {
        const int n = model.mentionCount(entity, i);
        if (n > 0)
            mentions.insert(model.articles.at(i).id, n);
    }
    return mentions;
}

QJsonObject countryJson(const DocumentModel &model, const Entity &country)
{
    QJsonObject positions;
    for (const Position *p : model.positionsOf(country.id))
        positions.insert(p->dimension, positionJson(*p, model.dimensions));
    QJsonArray events;
    for (const Event *e : model.eventsOf(country.id))
        events.append(eventJson(*e));
    QJsonArray leaders;
    for (const Leader &l : model.leadersNamed(country.id))
        leaders.append(
            QJsonObject{{QLatin1String("name"), l.name}, {QLatin1String("role"), l.role}});
    return {{QLatin1String("iso3"), country.id},
            {QLatin1String("name"), country.name},
            {QLatin1String("region"), country.region},
            {QLatin1String("leaders"), leaders},
            {QLatin1String("positions"), positions},
            {QLatin1String("mentions"), mentionsJson(model, country.id)},
            {QLatin1String("events"), events}};
}

} // namespace

QJsonValue ModelJsonWriter::dateJson(const SourceDate &date)
{
    if (!date.isKnown())
        return QJsonValue::Null;
    return QJsonObject{{QLatin1String("from"), isoDate(date.range.from)},
                       {QLatin1String("to"), isoDate(date.range.to)},
                       {QLatin1String("text"), date.text()},
                       {QLatin1String("basis"), date.basisName()}};
}

QJsonObject ModelJsonWriter::articleJson(const Article &a)
{
    QJsonObject period;
    QJsonValue periodValue = QJsonValue::Null;
    if (a.meta.period.isValid()) {
        period.insert(QLatin1String("from"), isoDate(a.meta.period.from));
        period.insert(QLatin1String("to"), isoDate(a.meta.period.to));
        periodValue = period;
    }
    return {{QLatin1String("id"), a.id},
            {QLatin1String("file"), a.file},
            {QLatin1String("builtin"), a.builtin},
            {QLatin1String("title"), a.meta.title},
            {QLatin1String("short"), a.label()},
            {QLatin1String("publisher"), a.meta.publisher},
            {QLatin1String("author"), a.meta.author},
            {QLatin1String("published"), isoDate(a.meta.published)},
            {QLatin1String("period"), periodValue},
            {QLatin1String("year"), a.meta.year > 0 ? QJsonValue(a.meta.year) : QJsonValue()},
            {QLatin1String("url"), a.meta.url},
            {QLatin1String("sha256"), QString::fromLatin1(a.sha256)},
            {QLatin1String("characters"), a.text.size()},
            {QLatin1String("paragraphs"), a.paragraphs.size()},
            {QLatin1String("sentences"), a.sentences.size()}};
}

QJsonObject ModelJsonWriter::toJson(const DocumentModel &model)
{
    QJsonArray articles;
    for (const Article &a : model.articles)
        articles.append(articleJson(a));
    QJsonArray countries;
    QJsonArray others;
    for (const Entity &e : model.gazetteer.entities()) {
        if (e.kind == Entity::Kind::Country) {
            countries.append(countryJson(model, e));
        } else {
            others.append(QJsonObject{{QLatin1String("id"), e.id},
                                      {QLatin1String("kind"), Gazetteer::kindName(e.kind)},
                                      {QLatin1String("name"), e.name},
                                      {QLatin1String("mentions"), mentionsJson(model, e.id)}});
        }
    }
    QJsonArray problems;
    for (const Problem &p : model.problems) {
        QJsonObject o{{QLatin1String("file"), p.file}, {QLatin1String("message"), p.message}};
        if (p.line > 0)
            o.insert(QLatin1String("line"), p.line);
        problems.append(o);
    }
    QJsonArray dimensions;
    for (const Dimension &d : model.dimensions.all()) {
        dimensions.append(QJsonObject{{QLatin1String("id"), d.id},
                                      {QLatin1String("label"), d.label},
                                      {QLatin1String("own"), d.own},
                                      {QLatin1String("values"), d.valuesJson()}});
    }
    return {{QLatin1String("schema"), 1},          {QLatin1String("dimensions"), dimensions},
            {QLatin1String("articles"), articles}, {QLatin1String("countries"), countries},
            {QLatin1String("entities"), others},   {QLatin1String("problems"), problems}};
}

bool ModelJsonWriter::write(const DocumentModel &model, const QString &path, QString *error)
{
    return SaveFile::write(path, QJsonDocument(toJson(model)).toJson(QJsonDocument::Indented),
                           error);
}
