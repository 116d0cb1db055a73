// Corpus stage helper: line numbers for JSON resource files, so that a problem in the
// manifest or the codebook can name the line a user should look at.
#pragma once

#include "app/corpus/problem.h"
#include <QByteArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QString>
#include <QVector>

#include <optional>

namespace JsonLines {

// For the array under the top-level key `key`, the line on which each element starts.
QVector<int> elementLines(const QByteArray &bytes, const QString &key);

// Parses a JSON object; on failure reports a problem naming the file and line, ending with
// what follows for the user (`consequence`, e.g. "the manifest is ignored").
std::optional<QJsonObject> parseObject(const QByteArray &json, const QString &fileName,
                                       const QString &consequence, Problems *problems);

// A parse error as a user-facing message ("line 12: unterminated string").
QString describe(const QByteArray &bytes, const QJsonParseError &error, int *line);

} // namespace JsonLines
