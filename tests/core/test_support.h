// Helpers shared by the core tests: the built-in model (built once), articles made from
// text, and temporary corpus folders.
#pragma once

#include "model/document_model.h"

#include <QTemporaryDir>

namespace TestSupport {

// The document model of the built-in corpus, built once for the whole run.
DocumentModelPtr builtinModel();

// An article made from text as the corpus loader would make it (no manifest entry).
Article articleFromText(const QString &text, const QString &file = QStringLiteral("test.txt"));

// Writes bytes to dir/name and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

const Position *position(const DocumentModel &model, const char *iso, const char *dimension);
QVector<const Event *> eventsIn(const DocumentModel &model, const char *iso, const char *article);

} // namespace TestSupport
