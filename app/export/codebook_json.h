// Export stage: claims written as a codebook — the format of resources/codebook.json, which a
// --corpus folder's codebook.json is read in — with each claim's span, coder and coding time,
// so coding done in the window can be shared as a folder of articles with its codebook.
#pragma once

#include "app/model/document_model.h"

namespace CodebookJson {

// Every claim of the model (curated and coded, whatever the filter shown), or only those
// coded by `coder` when it is given.
QByteArray toJson(const DocumentModel &model, const QString &coder = {});
bool write(const DocumentModel &model, const QString &path, const QString &coder, QString *error);

} // namespace CodebookJson
