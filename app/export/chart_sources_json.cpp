#include "app/export/chart_sources_json.h"

#include "app/charts/chart_catalog.h"
#include "app/charts/chart_marks.h"
#include "app/codebook/dimensions.h"
#include "app/export/model_json_writer.h"
#include "app/export/save_file.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject evidenceJson(const EvidenceRef &ref, const DocumentModel &model)
{
    const Article *article = model.article(ref.article);
    QJsonObject o{
        {QLatin1String("kind"), EvidenceRef::kindName(ref.kind)},
        {QLatin1String("label"), ref.label},
        {QLatin1String("article"), ref.article},
        {QLatin1String("start"), ref.span.start},
        {QLatin1String("end"), ref.span.end},
        // The text at the offsets, exactly as in the article.
        {QLatin1String("text"), article ? article->slice(ref.span).toString() : QString()},
        {QLatin1String("dated"), ModelJsonWriter::dateJson(ref.date)}};
    if (ref.kind == EvidenceRef::Kind::Claim) {
        o.insert(QLatin1String("quote"), ref.text); // as the codebook gives it
        o.insert(QLatin1String("country"), ref.country);
        o.insert(QLatin1String("dimension"), ref.dimension);
        o.insert(QLatin1String("value"), ref.value);
        if (!ref.note.isEmpty())
            o.insert(QLatin1String("note"), ref.note);
    }
    return o;
}

QJsonObject markJson(const ChartMark &mark, const DocumentModel &model)
{
    QJsonObject o{{QLatin1String("series"), mark.seriesName},
                  {QLatin1String("category"), mark.category},
                  {QLatin1String("value"), mark.value},
                  {QLatin1String("title"), mark.title()}};
    if (!mark.detail.isEmpty())
        o.insert(QLatin1String("detail"), mark.detail);
    if (mark.date.isValid())
        o.insert(QLatin1String("date"), mark.date.toString(Qt::ISODate));
    if (!mark.note.isEmpty())
        o.insert(QLatin1String("note"), mark.note);
    QJsonArray evidence;
    for (const EvidenceRef &ref : mark.evidence)
        evidence.append(evidenceJson(ref, model));
    o.insert(QLatin1String("evidence"), evidence);
    return o;
}

} // namespace

namespace ChartSourcesJson {

QString pathFor(const QString &chartPath)
{
    return chartPath + QStringLiteral(".sources.json");
}

QJsonObject toJson(const ChartData &data, const DocumentModel &model)
{
    QJsonArray countries;
    for (const QString &iso : data.countries) {
        const Entity *e = model.gazetteer.find(iso);
        countries.append(
            QJsonObject{{QLatin1String("iso3"), iso}, {QLatin1String("name"), e ? e->name : iso}});
    }
    QJsonArray articles;
    for (const Article &a : model.articles) {
        QJsonObject o = ModelJsonWriter::articleJson(a);
        o.insert(QLatin1String("inChart"), data.articles.contains(a.id));
        articles.append(o);
    }
    QJsonArray marks;
    for (const ChartMark &mark : ChartMarks::all(data))
        marks.append(markJson(mark, model));
    const ChartInfo *info = ChartCatalog::find(data.id);
    return {{QLatin1String("schema"), 1},
            {QLatin1String("generator"), QStringLiteral("Position Explorer " PE_VERSION)},
            {QLatin1String("chart"),
             QJsonObject{{QLatin1String("id"), data.id},
                         {QLatin1String("title"), data.title},
                         {QLatin1String("subtitle"), data.subtitle},
                         {QLatin1String("description"), info ? info->description : QString()}}},
            {QLatin1String("countries"), countries},
            {QLatin1String("corpus"),
             QJsonObject{{QLatin1String("articles"), articles},
                         {QLatin1String("hash"), QStringLiteral("sha256 of the text as loaded, "
                                                                "UTF-8")},
                         {QLatin1String("offsets"),
                          QStringLiteral("UTF-16 code units into the text as loaded")}}},
            {QLatin1String("marks"), marks}};
}

bool write(const ChartData &data, const DocumentModel &model, const QString &path, QString *error)
{
    return SaveFile::write(path, QJsonDocument(toJson(data, model)).toJson(QJsonDocument::Indented),
                           error);
}

} // namespace ChartSourcesJson
