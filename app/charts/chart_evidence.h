// Chart data stage: the evidence behind a chart mark, from claims, events and mentions.
#pragma once

#include "chart_data.h"
#include "model/document_model.h"

namespace ChartEvidence {

EvidenceRef ofClaim(const Claim &claim);
QVector<EvidenceRef> ofPosition(const Position &position);
EvidenceRef ofEvent(const Event &event);
QVector<EvidenceRef> ofMentions(const DocumentModel &model, const QString &entity, int article);

// Adds the articles behind `refs` to `articles`, keeping the corpus order.
void collectArticles(const DocumentModel &model, const QVector<EvidenceRef> &refs,
                     QStringList *articles);

QString countryName(const DocumentModel &model, const QString &iso);

} // namespace ChartEvidence
