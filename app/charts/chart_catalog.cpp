#include "app/charts/chart_catalog.h"

const QVector<ChartInfo> &ChartCatalog::all()
{
    static const QVector<ChartInfo> charts{
        {QStringLiteral("stance-overview"), QStringLiteral("Stance on the invasion"),
         QStringLiteral("every country's stance score, pro-Russia to pro-Ukraine"), false,
         &ChartBuilders::stanceOverview},
        {QStringLiteral("unga-votes"), QStringLiteral("UN General Assembly votes"),
         QStringLiteral("votes of 2 and 24 March 2022 by country, contested values marked"), false,
         &ChartBuilders::ungaVotes},
        {QStringLiteral("timeline"), QStringLiteral("Timeline of events"),
         QStringLiteral("dated events, one lane per country, coloured by type"), false,
         &ChartBuilders::timeline},
        {QStringLiteral("mentions-by-article"), QStringLiteral("Mentions by article"),
         QStringLiteral("how often each article mentions each country"), false,
         &ChartBuilders::mentionsByArticle},
        {QStringLiteral("event-types"), QStringLiteral("Events by type"),
         QStringLiteral("the selected countries' events by type"), true,
         &ChartBuilders::eventTypes},
        {QStringLiteral("events-per-month"), QStringLiteral("Events per month"),
         QStringLiteral("the selected countries' events per month"), true,
         &ChartBuilders::eventsPerMonth},
        {QStringLiteral("comparison"), QStringLiteral("Comparison"),
         QStringLiteral("the selected countries over the scored dimensions"), true,
         &ChartBuilders::comparison},
        {QStringLiteral("coverage"), QStringLiteral("Evidence coverage"),
         QStringLiteral("per country, dimensions by the sources behind them; thin evidence marked"),
         false, &ChartBuilders::coverage},
    };
    return charts;
}

const ChartInfo *ChartCatalog::find(const QString &id)
{
    for (const ChartInfo &info : all()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

std::optional<ChartData> ChartCatalog::build(const QString &id, const DocumentModel &model,
                                             const QStringList &countries)
{
    const ChartInfo *info = find(id);
    if (!info || !info->build)
        return std::nullopt;
    ChartData data = info->build(model, countries);
    data.id = id;
    data.countries = countries;
    return data;
}
