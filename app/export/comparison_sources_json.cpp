#include "app/export/comparison_sources_json.h"

#include "app/codebook/dimensions.h"
#include "app/export/chart_sources_json.h"
#include "app/export/comparison_csv.h"
#include "app/export/model_json_writer.h"
#include "app/export/save_file.h"
#include "app/export/sources_json.h"

#include <QFile>
#include <QJsonDocument>

namespace {

QJsonObject cellJson(const QString &iso, const Position &p, const DocumentModel &model,
                     QStringList *articles)
{
    QJsonArray evidence;
    for (const EvidenceRef &ref : Evidence::ofPosition(p, model.dimensions)) {
        evidence.append(SourcesJson::evidence(ref, model));
        if (!articles->contains(ref.article))
            articles->append(ref.article);
    }
    return {{QLatin1String("country"), iso},
            {QLatin1String("value"), p.value},
            {QLatin1String("label"), p.label(model.dimensions)},
            {QLatin1String("disputed"), p.conflict},
            {QLatin1String("dated"), ModelJsonWriter::dateJson(p.newestDate())},
            {QLatin1String("evidence"), evidence}};
}

} // namespace

namespace ComparisonSourcesJson {

QJsonObject toJson(const Comparison &comparison, const DocumentModel &model)
{
    QStringList articles;
    QJsonArray rows;
    for (const ComparisonRow &row : comparison.rows) {
        const Dimension *dimension = model.dimensions.find(row.dimension);
        QJsonArray cells;
        for (qsizetype c = 0; c < row.cells.size(); ++c) {
            if (row.cells.at(c))
                cells.append(
                    cellJson(comparison.countries.value(c), *row.cells.at(c), model, &articles));
        }
        rows.append(
            QJsonObject{{QLatin1String("dimension"), row.dimension},
                        {QLatin1String("label"), dimension ? dimension->label : row.dimension},
                        {QLatin1String("cells"), cells}});
    }
    return {{QLatin1String("schema"), 1},
            {QLatin1String("generator"), SourcesJson::generator()},
            {QLatin1String("countries"), SourcesJson::countries(comparison.countries, model)},
            {QLatin1String("corpus"),
             SourcesJson::corpus(model, articles, QStringLiteral("inComparison"))},
            {QLatin1String("rows"), rows}};
}

bool write(const Comparison &comparison, const DocumentModel &model, const QString &path,
           QString *error)
{
    return SaveFile::write(
        path, QJsonDocument(toJson(comparison, model)).toJson(QJsonDocument::Indented), error);
}

bool writeCsvWithSources(const Comparison &comparison, const DocumentModel &model,
                         const QString &csvPath, QString *error)
{
    if (!ComparisonCsv::write(comparison, model, csvPath, error))
        return false;
    if (write(comparison, model, ChartSourcesJson::pathFor(csvPath), error))
        return true;
    QFile::remove(csvPath);
    return false;
}

} // namespace ComparisonSourcesJson
