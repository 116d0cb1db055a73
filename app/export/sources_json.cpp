#include "app/export/sources_json.h"

#include "app/export/model_json_writer.h"

#include <QSet>

namespace SourcesJson {

QString generator()
{
    return QStringLiteral("Position Explorer " PE_VERSION);
}

QJsonArray countries(const QStringList &isos, const DocumentModel &model)
{
    QJsonArray list;
    for (const QString &iso : isos) {
        const Entity *e = model.gazetteer.find(iso);
        list.append(
            QJsonObject{{QLatin1String("iso3"), iso}, {QLatin1String("name"), e ? e->name : iso}});
    }
    return list;
}

QJsonObject corpus(const DocumentModel &model, const QStringList &used, const QString &usedFlag)
{
    QJsonArray articles;
    const QSet<QString> usedIds(used.cbegin(), used.cend()); // a big library's chart uses thousands
    for (const Article &a : model.articles) {
        QJsonObject o = ModelJsonWriter::articleJson(a);
        o.insert(usedFlag, usedIds.contains(a.id));
        articles.append(o);
    }
    return {
        {QLatin1String("articles"), articles},
        {QLatin1String("hash"), QStringLiteral("sha256 of the text as loaded, UTF-8")},
        {QLatin1String("offsets"), QStringLiteral("UTF-16 code units into the text as loaded")}};
}

QJsonObject evidence(const EvidenceRef &ref, const DocumentModel &model)
{
    QJsonObject o{{QLatin1String("kind"), EvidenceRef::kindName(ref.kind)},
                  {QLatin1String("label"), ref.label},
                  {QLatin1String("article"), ref.article},
                  {QLatin1String("start"), ref.span.start},
                  {QLatin1String("end"), ref.span.end},
                  // The text at the offsets, exactly as in the article.
                  {QLatin1String("text"), Evidence::wordsAt(model, ref.article, ref.span)},
                  {QLatin1String("dated"), ModelJsonWriter::dateJson(ref.date)}};
    if (ref.kind == EvidenceRef::Kind::Claim) {
        o.insert(QLatin1String("quote"), ref.text); // as the codebook gives it
        o.insert(QLatin1String("country"), ref.country);
        o.insert(QLatin1String("dimension"), ref.dimension);
        o.insert(QLatin1String("value"), ref.value);
        if (!ref.note.isEmpty()) {
            o.insert(QLatin1String("note"), ref.note);
            o.insert(QLatin1String("memo"), ref.note);
        }
        // Whose claim: null for a curated one, else its coder and when it was coded.
        o.insert(QLatin1String("coder"),
                 ref.claim > 0 ? QJsonValue(ref.coder) : QJsonValue(QJsonValue::Null));
        if (ref.claim > 0) {
            o.insert(QLatin1String("claim"), ref.claim);
            o.insert(QLatin1String("coded"), ref.coded.toUTC().toString(Qt::ISODate));
        }
    }
    return o;
}

} // namespace SourcesJson
