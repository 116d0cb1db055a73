// Chart data stage: helpers of the chart builders — the articles behind a chart's evidence,
// a country's name and colour.
#pragma once

#include "app/charts/chart_data.h"
#include "app/model/document_model.h"

namespace ChartEvidence {

// Adds the articles behind `refs` to `articles`, keeping the corpus order.
void collectArticles(const DocumentModel &model, const QVector<EvidenceRef> &refs,
                     QStringList *articles);

QString countryName(const DocumentModel &model, const QString &iso);
// What a country's series stands for: the country, with its colour from the gazetteer.
SeriesMeaning countryMeaning(const DocumentModel &model, const QString &iso);

} // namespace ChartEvidence
