// Helpers shared by the core tests: the built-in model (built once), articles made from
// text, temporary corpus folders, runs of the binary and a CSV reader.
#pragma once

#include "app/model/document_model.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace TestSupport {

// The document model of the built-in corpus, built once for the whole run.
DocumentModelPtr builtinModel();

// An article made from text as the corpus loader would make it (no manifest entry).
Article articleFromText(const QString &text, const QString &file = QStringLiteral("test.txt"));

// The events of `article` as the built-in gazetteer and event types read them.
QVector<Event> eventsOfArticle(const Article &article);
// The events of an article made from `text`, of the year 2022.
QVector<Event> eventsOfText(const QString &text);

// Writes bytes to dir/name and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

const Position *position(const DocumentModel &model, const char *iso, const char *dimension);
QVector<const Event *> eventsIn(const DocumentModel &model, const char *iso, const char *article);

// A run of the position-explorer binary.
struct AppRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
// `environment`: variables set for this run besides the tests' own.
AppRun runApp(const QStringList &arguments, const QProcessEnvironment &environment = {});

// Reads RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes): rows of fields.
QVector<QStringList> parseCsv(const QString &text);

} // namespace TestSupport
