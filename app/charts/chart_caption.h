// Chart data stage: the caption every exported chart carries — the articles it was built from
// (publisher and title) and the export date — so a chart pasted into a report names its sources.
#pragma once

#include "app/charts/chart_data.h"
#include "app/model/document_model.h"

#include <QDate>

namespace ChartCaption {

// A caption names its articles one by one up to this many; past it, it summarises them, so a
// chart of a big library keeps its size and its caption is never cut.
constexpr qsizetype kListedAtMost = 8;

// "1,942 articles from 12 publishers" (", 40 of them from 12 publishers" when some name none):
// empty when the chart rests on few enough articles to name.
QString summary(const ChartData &chart, const DocumentModel &model);

QString text(const ChartData &chart, const DocumentModel &model, const QDate &exported);
// The same with its summary() made already (a big library's chart has thousands of articles).
QString text(const ChartData &chart, const DocumentModel &model, const QDate &exported,
             const QString &summary);

// The short names of the articles a chart was built from, for a caption on screen.
QStringList shortNames(const ChartData &chart, const DocumentModel &model);

} // namespace ChartCaption
