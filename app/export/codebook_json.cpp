#include "app/export/codebook_json.h"

#include "app/export/save_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CodebookJson {

QByteArray toJson(const DocumentModel &model, const QString &coder)
{
    // One claim a line, as resources/codebook.json is written: a problem names its line.
    QByteArrayList lines;
    for (const Claim &c : model.everyClaim) {
        if (!coder.isEmpty() && (c.isCurated() || c.coder != coder))
            continue;
        QJsonObject o{
            {QLatin1String("country"), c.country}, {QLatin1String("dimension"), c.dimension},
            {QLatin1String("value"), c.value},     {QLatin1String("article"), c.article},
            {QLatin1String("quote"), c.quote},     {QLatin1String("start"), c.span.start},
            {QLatin1String("end"), c.span.end}};
        if (!c.note.isEmpty())
            o.insert(QLatin1String("note"), c.note);
        if (!c.isCurated()) {
            o.insert(QLatin1String("coder"), c.coder);
            o.insert(QLatin1String("coded"), c.coded.toUTC().toString(Qt::ISODate));
        }
        lines.append("    " + QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    return "{\n  \"schema\": 1,\n  \"claims\": [\n" + lines.join(",\n") +
           (lines.isEmpty() ? "" : "\n") + "  ]\n}\n";
}

bool write(const DocumentModel &model, const QString &path, const QString &coder, QString *error)
{
    return SaveFile::write(path, toJson(model, coder), error);
}

} // namespace CodebookJson
