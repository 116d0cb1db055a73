#include "app/export/model_json_writer.h"

#include "app/corpus/parallel_map.h"

#include "app/codebook/dimensions.h"
#include "app/evidence/evidence_ref.h"
#include "app/export/json_stream_writer.h"
#include "app/export/save_file.h"

#include <QJsonArray>

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
                  {QLatin1String("label"), p.label(dimensions)},
                  {QLatin1String("conflict"), p.conflict},
                  {QLatin1String("agreement"), p.agreement()},
                  {QLatin1String("values"), QJsonArray::fromStringList(p.values())},
                  {QLatin1String("claims"), claims}};
    if (p.score)
        o.insert(QLatin1String("score"), *p.score);
    return o;
}

QJsonObject eventJson(const DocumentModel &model, const Event &e)
{
    QJsonObject o{{QLatin1String("date"), isoDate(e.date.from)},
                  {QLatin1String("precision"), e.precision == DateMention::Precision::Day
                                                   ? QStringLiteral("day")
                                                   : QStringLiteral("month")},
                  {QLatin1String("type"), e.type},
                  {QLatin1String("article"), e.article},
                  {QLatin1String("start"), e.span.start},
                  {QLatin1String("end"), e.span.end},
                  {QLatin1String("text"), Evidence::wordsAt(model, e.article, e.span)},
                  {QLatin1String("countries"), QJsonArray::fromStringList(e.countries)}};
    if (e.date.to != e.date.from)
        o.insert(QLatin1String("dateTo"), isoDate(e.date.to));
    if (e.yearAssumed)
        o.insert(QLatin1String("yearAssumed"), true);
    return o;
}

// Mentions per article of an entity (the model counts them once, when it is built).
QJsonObject mentionsJson(const DocumentModel &model, const QString &entity)
{
    QJsonObject mentions;
    for (int i = 0; i < model.articles.size(); ++i) {
        if (const int n = model.mentionCount(entity, i); n > 0)
            mentions.insert(model.articles.at(i).id, n);
    }
    return mentions;
}

// A country without its events, which may be many: the stream writes them one by one.
QJsonObject countryJson(const DocumentModel &model, const Entity &country)
{
    QJsonObject positions;
    for (const Position *p : model.positionsOf(country.id))
        positions.insert(p->dimension, positionJson(*p, model.dimensions));
    QJsonArray leaders;
    for (const Leader &l : model.leadersNamed(country.id))
        leaders.append(
            QJsonObject{{QLatin1String("name"), l.name}, {QLatin1String("role"), l.role}});
    return {{QLatin1String("iso3"), country.id},
            {QLatin1String("name"), country.name},
            {QLatin1String("region"), country.region},
            {QLatin1String("leaders"), leaders},
            {QLatin1String("positions"), positions},
            {QLatin1String("mentions"), mentionsJson(model, country.id)}};
}

QJsonObject entityJson(const DocumentModel &model, const Entity &e)
{
    return {{QLatin1String("id"), e.id},
            {QLatin1String("kind"), Gazetteer::kindName(e.kind)},
            {QLatin1String("name"), e.name},
            {QLatin1String("mentions"), mentionsJson(model, e.id)}};
}

QJsonObject problemJson(const Problem &p)
{
    QJsonObject o{{QLatin1String("file"), p.file}, {QLatin1String("message"), p.message}};
    if (p.line > 0)
        o.insert(QLatin1String("line"), p.line);
    return o;
}

QJsonArray dimensionsJson(const Dimensions &all)
{
    QJsonArray dimensions;
    for (const Dimension &d : all.all()) {
        dimensions.append(QJsonObject{{QLatin1String("id"), d.id},
                                      {QLatin1String("label"), d.label},
                                      {QLatin1String("own"), d.own},
                                      {QLatin1String("values"), d.valuesJson()}});
    }
    return dimensions;
}

const QString kEvents = QStringLiteral("events");

// A country's events, which are most of a big library's export: serialised on every core a block
// at a time (a block's text is a few megabytes held at once), written in their order.
bool writeEvents(const DocumentModel &model, const QVector<const Event *> &events,
                 JsonStreamWriter &json)
{
    constexpr qsizetype kBlock = 4096;
    const int depth = json.depth();
    for (qsizetype first = 0; first < events.size(); first += kBlock) {
        const qsizetype count = std::min(kBlock, events.size() - first);
        const auto block = ParallelMap::inOrder<QByteArray>(
            count,
            [&](qsizetype i) {
                return JsonStreamWriter::serialised(eventJson(model, *events.at(first + i)), depth);
            },
            ParallelMap::defaultThreads(), LoadMonitor(), 0, 1, 1);
        if (!block)
            return false; // (never asked to stop: it runs without a monitor)
        for (const QByteArray &bytes : *block)
            json.serialisedValue(bytes);
        if (!json.finish())
            return false;
    }
    return true;
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
            {QLatin1String("place"), a.meta.place},
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
        if (e.kind != Entity::Kind::Country) {
            others.append(entityJson(model, e));
            continue;
        }
        QJsonObject country = countryJson(model, e);
        QJsonArray events;
        for (const Event *event : model.eventsOf(e.id))
            events.append(eventJson(model, *event));
        country.insert(kEvents, events);
        countries.append(country);
    }
    QJsonArray problems;
    for (const Problem &p : model.problems)
        problems.append(problemJson(p));
    return {{QLatin1String("schema"), 1},
            {QLatin1String("dimensions"), dimensionsJson(model.dimensions)},
            {QLatin1String("articles"), articles},
            {QLatin1String("countries"), countries},
            {QLatin1String("entities"), others},
            {QLatin1String("problems"), problems}};
}

bool ModelJsonWriter::writeTo(const DocumentModel &model, QIODevice &device)
{
    // The members in the order QJsonObject keeps them (by key), so the stream reads exactly as
    // QJsonDocument(toJson(model)) would, without the whole of it in memory at once.
    JsonStreamWriter json(device);
    json.beginObject();
    json.key(QStringLiteral("articles"));
    json.beginArray();
    for (const Article &a : model.articles)
        json.value(articleJson(a));
    json.endArray();
    json.key(QStringLiteral("countries"));
    json.beginArray();
    QJsonArray others;
    for (const Entity &e : model.gazetteer.entities()) {
        if (e.kind != Entity::Kind::Country) {
            others.append(entityJson(model, e));
            continue;
        }
        json.beginObject();
        json.key(kEvents); // before every other member: "events" sorts first
        json.beginArray();
        if (!writeEvents(model, model.eventsOf(e.id), json))
            return false;
        json.endArray();
        const QJsonObject rest = countryJson(model, e);
        for (auto it = rest.begin(); it != rest.end(); ++it) {
            json.key(it.key());
            json.value(it.value());
        }
        json.endObject();
        if (!json.finish())
            return false;
    }
    json.endArray();
    json.key(QStringLiteral("dimensions"));
    json.value(dimensionsJson(model.dimensions));
    json.key(QStringLiteral("entities"));
    json.value(others);
    json.key(QStringLiteral("problems"));
    json.beginArray();
    for (const Problem &p : model.problems)
        json.value(problemJson(p));
    json.endArray();
    json.key(QStringLiteral("schema"));
    json.value(1);
    json.endObject();
    return json.finish();
}

bool ModelJsonWriter::write(const DocumentModel &model, const QString &path, QString *error)
{
    return SaveFile::writeWith(
        path, [&](QIODevice &device) { return writeTo(model, device); }, error);
}
