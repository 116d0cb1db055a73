// Export stage: the whole document model as the JSON of the product brief (schema 1),
// written atomically.
#pragma once

#include "app/model/document_model.h"

#include <QJsonObject>

class QIODevice;

class ModelJsonWriter {
public:
    static QJsonObject toJson(const DocumentModel &model);
    // Pieces shared with other exports: an article with its metadata and content hash; a
    // claim's or event's date with its basis (null when unknown).
    static QJsonObject articleJson(const Article &a);
    static QJsonValue dateJson(const SourceDate &date);

    // The same JSON as toJson (and in QJsonDocument's indented layout), written to the device
    // piece by piece so a big model is never held whole as JSON; false when a write failed.
    static bool writeTo(const DocumentModel &model, QIODevice &device);
    // path "-" writes to standard output. Returns false and sets *error on failure.
    static bool write(const DocumentModel &model, const QString &path, QString *error);
};
