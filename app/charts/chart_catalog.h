// Chart data stage: the charts the app offers — their ids, titles and builders. A chart is
// built for a set of selected countries (which some charts show, others emphasise).
#pragma once

#include "app/charts/chart_data.h"
#include "app/model/document_model.h"

#include <optional>

struct ChartInfo {
    using Builder = ChartData (*)(const DocumentModel &, const QStringList &);
    QString id;
    QString title;
    QString description;
    bool needsCountry = false; // built for the selected countries only
    Builder build = nullptr;
};

class ChartCatalog {
public:
    static const QVector<ChartInfo> &all();
    static const ChartInfo *find(const QString &id);

    // Builds chart `id` for `countries` (ISO3; may be empty). Nullopt for an unknown id.
    static std::optional<ChartData> build(const QString &id, const DocumentModel &model,
                                          const QStringList &countries);
};

// The builders, one per chart id (chart_builders_*.cpp).
namespace ChartBuilders {
ChartData stanceOverview(const DocumentModel &model, const QStringList &selected);
ChartData ungaVotes(const DocumentModel &model, const QStringList &selected);
ChartData comparison(const DocumentModel &model, const QStringList &countries);
ChartData timeline(const DocumentModel &model, const QStringList &countries);
ChartData eventTypes(const DocumentModel &model, const QStringList &countries);
ChartData eventsPerMonth(const DocumentModel &model, const QStringList &countries);
ChartData mentionsByArticle(const DocumentModel &model, const QStringList &selected);
ChartData coverage(const DocumentModel &model, const QStringList &selected);
} // namespace ChartBuilders
