#include "app/export/chart_sources_json.h"

#include "app/charts/chart_catalog.h"
#include "app/charts/chart_marks.h"
#include "app/codebook/dimensions.h"
#include "app/export/save_file.h"
#include "app/export/sources_json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

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
        evidence.append(SourcesJson::evidence(ref, model));
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
    QJsonArray marks;
    for (const ChartMark &mark : ChartMarks::all(data))
        marks.append(markJson(mark, model));
    const ChartInfo *info = ChartCatalog::find(data.id);
    return {{QLatin1String("schema"), 1},
            {QLatin1String("generator"), SourcesJson::generator()},
            {QLatin1String("chart"),
             QJsonObject{{QLatin1String("id"), data.id},
                         {QLatin1String("title"), data.title},
                         {QLatin1String("subtitle"), data.subtitle},
                         {QLatin1String("description"), info ? info->description : QString()}}},
            {QLatin1String("countries"), SourcesJson::countries(data.countries, model)},
            {QLatin1String("corpus"),
             SourcesJson::corpus(model, data.articles, QStringLiteral("inChart"))},
            {QLatin1String("marks"), marks}};
}

bool write(const ChartData &data, const DocumentModel &model, const QString &path, QString *error)
{
    return SaveFile::write(path, QJsonDocument(toJson(data, model)).toJson(QJsonDocument::Indented),
                           error);
}

} // namespace ChartSourcesJson
