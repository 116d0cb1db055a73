// Export stage: the project in the REFI-QDA exchange standard (a .qdpx archive: project.qde and
// sources/GUID.txt), so QualCoder, MAXQDA, ATLAS.ti and NVivo can open the coding. Codes are a
// tree of dimension → value (and Countries → country); every claim is a PlainTextSelection
// coded with its value and its country, made by its coder (a User; curated claims by
// "Curated codebook"), its memo a Note. REFI-QDA counts positions in Unicode characters, the
// model in UTF-16 code units: positions are converted. GUIDs are derived from what they name,
// so exporting the same project twice gives the same file.
#pragma once

#include "app/model/document_model.h"

#include <QDateTime>

namespace QdpxWriter {

// The number of Unicode characters (code points) in text[0, utf16Offset).
qsizetype codePoints(const QString &text, qsizetype utf16Offset);
// project.qde; `sources` receives the archive path and text of every source it cites.
QByteArray projectXml(const DocumentModel &model, const QDateTime &created,
                      QVector<QPair<QString, QByteArray>> *sources);
// Every claim of the model (whatever the filter shown) and every article.
bool write(const DocumentModel &model, const QString &path, QString *error);

} // namespace QdpxWriter
