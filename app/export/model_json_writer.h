// Export stage: the whole document model as the JSON of the product brief (schema 1),
// written atomically.
#pragma once

#include "model/document_model.h"

#include <QJsonObject>

class ModelJsonWriter {
public:
    static QJsonObject toJson(const DocumentModel &model);

    // path "-" writes to standard output. Returns false and sets *error on failure.
    static bool write(const DocumentModel &model, const QString &path, QString *error);
};
