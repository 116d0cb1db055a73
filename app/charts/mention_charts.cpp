// Chart builder over mentions: mentions-by-article.
#include "app/charts/chart_catalog.h"
#include "app/charts/chart_evidence.h"

#include <QHash>

#include <algorithm>

using namespace ChartEvidence;
using namespace Evidence;

ChartData ChartBuilders::mentionsByArticle(const DocumentModel &model, const QStringList &selected)
{
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.title = QStringLiteral("Mentions of each country by article");
    // The most mentioned first. Of two mentioned as often, the later in the gazetteer comes
    // first, as this chart has always shown them.
    QVector<const Entity *> countries = model.countries();
    QHash<const Entity *, int> order;
    for (int i = 0; i < countries.size(); ++i)
        order.insert(countries.at(i), i);
    std::sort(countries.begin(), countries.end(), [&](const Entity *a, const Entity *b) {
        const int ma = model.mentionCount(a->id);
        const int mb = model.mentionCount(b->id);
        return ma != mb ? ma > mb : order.value(a) > order.value(b);
    });
    QVector<bool> emphasised;
    for (const Entity *c : countries) {
        chart.addCategory(c->name);
        emphasised.append(selected.isEmpty() || selected.contains(c->id));
    }
    for (int a = 0; a < model.articles.size(); ++a) {
        ChartSeries series =
            ChartSeries::named(model.articles.at(a).label(), SeriesMeaning::article(a), emphasised);
        for (const Entity *c : countries) {
            series.values.append(double(model.mentionCount(c->id, a)));
            series.evidence.append(ofMentions(model, c->id, a));
        }
        chart.series.append(series);
        chart.articles.append(model.articles.at(a).id);
    }
    chart.valueTitle =
        QStringLiteral("mentions (names, demonyms, capitals, places, leaders, parties)");
    chart.subtitle = QStringLiteral("%1 articles").arg(model.articles.size());
    return chart;
}
