// Export stage: the parts every sources sidecar shares (a chart's, a comparison's) — the
// generator, the countries, the corpus with each article's metadata and the SHA-256 of its
// text, and one piece of evidence with its exact text and offsets.
#pragma once

#include "app/evidence/evidence_ref.h"
#include "app/model/document_model.h"

#include <QJsonArray>
#include <QJsonObject>

namespace SourcesJson {

QString generator(); // "Position Explorer 1.2.0"
// [{"iso3", "name"}] in the order given.
QJsonArray countries(const QStringList &isos, const DocumentModel &model);
// {"articles": [... with `usedFlag`: whether the article is in `used`], "hash", "offsets"}.
QJsonObject corpus(const DocumentModel &model, const QStringList &used, const QString &usedFlag);
// A claim, event or mention: its kind, article, offsets, the text at them and its date; a
// claim also with its quote, country, dimension, value and note.
QJsonObject evidence(const EvidenceRef &ref, const DocumentModel &model);

} // namespace SourcesJson
