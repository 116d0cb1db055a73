// Chart builder over mentions: mentions-by-article.
#include "app/charts/chart_catalog.h"
#include "app/charts/chart_evidence.h"
#include "app/corpus/wording.h"

#include <QHash>

#include <algorithm>
#include <numeric>

using namespace ChartEvidence;
using namespace Evidence;

namespace {

// A bar segment per article can be told apart for a few articles only: past kArticlesShown,
// the chart shows those that mention the countries most (in corpus order), not a stack of
// thousands of slivers.
constexpr int kArticlesShown = 8;

QVector<int> mostMentioning(const DocumentModel &model, const QVector<const Entity *> &countries)
{
    QVector<int> all(model.articles.size());
    std::iota(all.begin(), all.end(), 0);
    if (all.size() <= kArticlesShown)
        return all;
    QVector<int> total(all.size());
    for (const int a : all) {
        for (const Entity *c : countries)
            total[a] += model.mentionCount(c->id, a);
    }
    // The most mentions first; of two alike, the earlier article.
    std::stable_sort(all.begin(), all.end(), [&](int a, int b) { return total[a] > total[b]; });
    all.resize(kArticlesShown);
    std::sort(all.begin(), all.end());
    return all;
}

} // namespace

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
    const QVector<int> shown = mostMentioning(model, countries);
    for (int i = 0; i < shown.size(); ++i) {
        const int a = shown.at(i);
        ChartSeries series =
            ChartSeries::named(model.articles.at(a).label(), SeriesMeaning::article(i), emphasised);
        for (const Entity *c : countries) {
            series.values.append(double(model.mentionCount(c->id, a)));
            series.evidence.append(ofMentions(model, c->id, a));
        }
        chart.series.append(series);
        chart.articles.append(model.articles.at(a).id);
    }
    chart.valueTitle =
        QStringLiteral("mentions (names, demonyms, capitals, places, leaders, parties)");
    chart.subtitle =
        shown.size() == model.articles.size()
            ? Wording::counted(model.articles.size(), "article", "articles")
            : QStringLiteral("the %1 articles that mention the countries most, of %2 (every "
                             "article's mentions are in the Sources tab)")
                  .arg(Wording::number(shown.size()), Wording::number(model.articles.size()));
    return chart;
}
