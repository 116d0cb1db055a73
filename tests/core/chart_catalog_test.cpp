#include "app/charts/chart_build_cancel.h"
#include "app/charts/chart_caption.h"
#include "app/charts/chart_catalog.h"
#include "app/evidence/evidence_ref.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QtNumeric>

#include <gtest/gtest.h>

using TestSupport::builtinModel;

namespace {

ChartData build(const char *id, const QStringList &countries = {})
{
    return ChartCatalog::build(QLatin1String(id), *builtinModel(), countries).value();
}

int seriesIndex(const ChartData &chart, const SeriesMeaning &meaning, int from = 0)
{
    for (int s = from; s < chart.series.size(); ++s) {
        if (chart.series.at(s).meaning == meaning)
            return s;
    }
    return -1;
}

QStringList valuesIn(const QVector<EvidenceRef> &refs)
{
    QStringList labels;
    for (const EvidenceRef &r : refs) {
        if (!labels.contains(r.label))
            labels.append(r.label);
    }
    labels.sort();
    return labels;
}

} // namespace

TEST(ChartCatalog, ListsEveryChartIdAndRejectsUnknownOnes)
{
    QStringList ids;
    for (const ChartInfo &info : ChartCatalog::all())
        ids.append(info.id);
    EXPECT_EQ(ids, QStringList({"stance-overview", "unga-votes", "timeline", "mentions-by-article",
                                "event-types", "events-per-month", "comparison", "coverage"}));
    EXPECT_FALSE(
        ChartCatalog::build(QStringLiteral("pie-in-the-sky"), *builtinModel(), {}).has_value());
}

// The window builds a big library's chart on a worker thread and can stop it there.
TEST(ChartCatalog, ABuildWhoseThreadWasToldToStopEndsEarly)
{
    const DocumentModel &model = *TestSupport::builtinModel();
    for (const char *id : {"timeline", "event-types", "events-per-month", "coverage"}) {
        const std::optional<ChartData> full = ChartCatalog::build(QString::fromUtf8(id), model, {});
        ASSERT_TRUE(full.has_value());
        ASSERT_FALSE(full->series.isEmpty()) << id;
        std::atomic<bool> stop{true};
        {
            const ChartBuildCancel::Scope scope(&stop);
            EXPECT_TRUE(ChartBuildCancel::requested());
            EXPECT_TRUE(ChartCatalog::build(QString::fromUtf8(id), model, {})->series.isEmpty())
                << id;
        }
        EXPECT_FALSE(ChartBuildCancel::requested()); // the scope is gone: nothing stops
        std::atomic<bool> goOn{false};
        const ChartBuildCancel::Scope scope(&goOn);
        EXPECT_EQ(ChartCatalog::build(QString::fromUtf8(id), model, {})->series.size(),
                  full->series.size())
            << id;
    }
}

TEST(StanceOverview, SortsCountriesFromProRussiaToProUkraine)
{
    const ChartData chart = build("stance-overview");
    EXPECT_EQ(chart.kind, ChartData::Kind::Diverging);
    // The ten countries whose stance a source states (the Baltic States' only "stance" was their
    // vote, which is no stance). In reading order: Belarus, the one country the codebook has
    // supporting Russia, first; the two it has supporting Ukraine last, in gazetteer order; the
    // seven balancing between.
    ASSERT_EQ(chart.categories.size(), 10);
    EXPECT_EQ(chart.categories.first(), QStringLiteral("Belarus"));
    EXPECT_EQ(chart.categories.mid(8), QStringList({"Moldova", "Georgia"}));
    const int russia = seriesIndex(chart, SeriesMeaning::stanceValue("supports_russia"));
    ASSERT_GE(russia, 0);
    const int row = 0;
    EXPECT_EQ(chart.series[russia].values[row], -2);
    const Position *stance =
        builtinModel()->position(QStringLiteral("BLR"), QStringLiteral("stance"));
    EXPECT_EQ(chart.series[russia].evidence[row].size(), stance->claims.size());
    const int balancing = seriesIndex(chart, SeriesMeaning::stanceValue("balancing"));
    EXPECT_TRUE(qIsNaN(chart.series[balancing].values[row])); // Belarus is not balancing
}

TEST(StanceOverview, EmphasisesTheSelectedCountries)
{
    const ChartData chart = build("stance-overview", {QStringLiteral("BLR")});
    const int row = int(chart.categories.indexOf(QStringLiteral("Belarus")));
    const int other = int(chart.categories.indexOf(QStringLiteral("Moldova")));
    EXPECT_TRUE(chart.series[0].emphasised[row]);
    EXPECT_FALSE(chart.series[0].emphasised[other]);
}

TEST(UngaVotes, MarksKazakhstansFirstVoteAsContestedWithBothSides)
{
    const ChartData chart = build("unga-votes");
    const int row = int(chart.categories.indexOf(QStringLiteral("Kazakhstan")));
    ASSERT_GE(row, 0);
    const int contested = seriesIndex(chart, SeriesMeaning::disputed());
    ASSERT_GE(contested, 0);
    EXPECT_EQ(chart.series[contested].values[row], 1.0);
    EXPECT_EQ(valuesIn(chart.series[contested].evidence[row]),
              QStringList({QStringLiteral("Abstained"), QStringLiteral("Did not vote")}));
    const int againstFirst = seriesIndex(chart, SeriesMeaning::vote("no"));
    const int againstSecond = seriesIndex(chart, SeriesMeaning::vote("no"), againstFirst + 1);
    const int belarus = int(chart.categories.indexOf(QStringLiteral("Belarus")));
    EXPECT_EQ(chart.series[againstFirst].values[belarus], 1.0);
    EXPECT_EQ(chart.series[againstSecond].values[belarus], 1.0);
    EXPECT_FALSE(chart.series[againstSecond].inLegend); // one legend entry per vote value
}

TEST(Timeline, PlotsACountrysEventsInItsLaneWithTheirSentences)
{
    const ChartData chart = build("timeline", {QStringLiteral("KAZ")});
    ASSERT_EQ(chart.categories, QStringList{QStringLiteral("Kazakhstan")});
    int points = 0;
    for (const ChartSeries &s : chart.series) {
        for (int i = 0; i < s.dates.size(); ++i) {
            ++points;
            EXPECT_EQ(s.values[i], 0.0);
            ASSERT_GE(s.evidence[i].size(), 1);
            for (const EvidenceRef &ref : s.evidence[i]) {
                EXPECT_TRUE(ref.label.startsWith(s.name));
                const Article *a = builtinModel()->article(ref.article);
                const auto events = builtinModel()->eventsOf(QStringLiteral("KAZ"));
                EXPECT_TRUE(std::any_of(events.cbegin(), events.cend(), [&](const Event *e) {
                    return e->article == ref.article && e->span.start == ref.span.start &&
                           e->span.end == ref.span.end;
                }));
                EXPECT_EQ(Evidence::textOf(ref, *builtinModel()), a->quote(ref.span));
            }
        }
    }
    EXPECT_GT(points, 6);
    EXPECT_LE(points, builtinModel()->eventsOf(QStringLiteral("KAZ")).size());
}

TEST(MentionsByArticle, CountsMentionsPerArticleAndCountry)
{
    const ChartData chart = build("mentions-by-article");
    const int shaw = int(builtinModel()->articleIndex(QStringLiteral("shaw-belarus-kazakhstan")));
    const int row = int(chart.categories.indexOf(QStringLiteral("Kazakhstan")));
    EXPECT_EQ(chart.series[shaw].values[row], 6.0);
    EXPECT_EQ(chart.series[shaw].evidence[row].size(), 6);
    EXPECT_EQ(chart.articles.size(), 5);
}

TEST(EventTypes, SlicesAddUpToTheCountrysEvents)
{
    const ChartData chart = build("event-types", {QStringLiteral("BLR")});
    EXPECT_EQ(chart.kind, ChartData::Kind::Pie);
    double total = 0;
    for (const ChartSeries &s : chart.series) {
        total += s.values[0];
        EXPECT_EQ(s.evidence[0].size(), int(s.values[0]));
    }
    EXPECT_EQ(total, builtinModel()->eventsOf(QStringLiteral("BLR")).size());
}

TEST(EventsPerMonth, CountsEachCountrysEventsByMonth)
{
    const ChartData chart =
        build("events-per-month", {QStringLiteral("BLR"), QStringLiteral("KAZ")});
    const int june = int(chart.categories.indexOf(QStringLiteral("Jun 2022")));
    ASSERT_GE(june, 0);
    int expected = 0;
    for (const Event *e : builtinModel()->eventsOf(QStringLiteral("BLR")))
        expected += e->date.from.year() == 2022 && e->date.from.month() == 6 ? 1 : 0;
    EXPECT_EQ(chart.series[0].values[june], expected);
    EXPECT_EQ(chart.series[1].values[june], 0.0);
    EXPECT_EQ(chart.series[0].name, QStringLiteral("Belarus"));
}

TEST(ComparisonChart, ScoresTheSelectedCountriesOnTheScoredDimensions)
{
    const ChartData chart = build("comparison", {QStringLiteral("KAZ"), QStringLiteral("BLR")});
    const int stance = int(chart.categories.indexOf(QStringLiteral("Stance on the invasion")));
    ASSERT_GE(stance, 0);
    EXPECT_EQ(chart.series[0].values[stance], 0.0);
    EXPECT_EQ(chart.series[1].values[stance], -2.0);
    EXPECT_EQ(chart.categories.size(), 3); // stance and the two UN votes
}

TEST(ComparisonChart, MarksTheRowsWhereSourcesDisagree)
{
    // Abstained and absent both score 0, so Kazakhstan's disputed vote is marked on its row.
    const ChartData chart = build("comparison", {QStringLiteral("KAZ"), QStringLiteral("BLR")});
    const int vote =
        int(chart.categories.indexOf(QStringLiteral("UN vote, 2 March 2022 (ES-11/1)")));
    const int stance = int(chart.categories.indexOf(QStringLiteral("Stance on the invasion")));
    ASSERT_GE(vote, 0);
    ASSERT_GE(stance, 0);
    EXPECT_EQ(chart.marksOf(vote), CategoryMarks(CategoryMark::Disputed));
    EXPECT_EQ(chart.marksOf(stance), CategoryMarks());
    const ChartData belarus = build("comparison", {QStringLiteral("BLR"), QStringLiteral("EST")});
    for (int row = 0; row < belarus.categories.size(); ++row)
        EXPECT_FALSE(belarus.marksOf(row).testFlag(CategoryMark::Disputed))
            << belarus.categories.at(row).toStdString();
}

TEST(ChartCaption, NamesPublishersTitlesAndTheDate)
{
    const ChartData chart = build("unga-votes");
    const QString caption = ChartCaption::text(chart, *builtinModel(), QDate(2026, 11, 23));
    EXPECT_TRUE(caption.startsWith(QStringLiteral("Sources: Belarus Digest, “War at the door")));
    EXPECT_TRUE(caption.contains(QStringLiteral("Ifri")));
    EXPECT_FALSE(caption.contains(QStringLiteral("Shaw Sheet"))); // no vote claim from it
    EXPECT_TRUE(caption.contains(QStringLiteral("23 November 2026")));
}

TEST(ChartCaption, ShortNamesFollowTheChartsArticles)
{
    const ChartData chart = build("unga-votes");
    // The four articles with a claim on a UN vote (the codebook), in corpus order, by the short
    // names the manifest gives them; Shaw Sheet has none.
    EXPECT_EQ(ChartCaption::shortNames(chart, *builtinModel()),
              (QStringList{"Belarus Digest", "GFSIS review 50", "Ifri", "GFSIS Belarus review"}));
}

// A chart of a big library names no article one by one: the caption counts them and their
// publishers (those naming none told apart), and points to the sidecar for the full list.
TEST(ChartCaption, SummarisesMoreArticlesThanItCanName)
{
    DocumentModel model;
    ChartData chart;
    const int count = int(ChartCaption::kListedAtMost) + 4;
    for (int i = 0; i < count; ++i) {
        Article a;
        a.id = QStringLiteral("a%1").arg(i);
        a.meta.title = QStringLiteral("Title %1").arg(i);
        a.meta.publisher = i % 4 == 3 ? QString() : QStringLiteral("Publisher %1").arg(i % 2);
        model.articles.append(a);
        chart.articles.append(a.id);
    }
    const int withPublisher = count - count / 4;
    EXPECT_EQ(
        ChartCaption::summary(chart, model),
        QStringLiteral("%1 articles, %2 of them from 2 publishers").arg(count).arg(withPublisher));
    const QString caption = ChartCaption::text(chart, model, QDate(2026, 12, 6));
    EXPECT_TRUE(caption.startsWith(QStringLiteral("Sources: %1 articles").arg(count)));
    EXPECT_TRUE(caption.contains(QStringLiteral("sources sidecar")));
    EXPECT_FALSE(caption.contains(QStringLiteral("Title 1")));
    for (Article &a : model.articles)
        a.meta.publisher = QStringLiteral("One House");
    EXPECT_EQ(ChartCaption::summary(chart, model),
              QStringLiteral("%1 articles from 1 publisher").arg(count));
    chart.articles.resize(ChartCaption::kListedAtMost);
    EXPECT_TRUE(ChartCaption::summary(chart, model).isEmpty()); // few enough to name each
}

// A library of many articles: the chart stacks the few that mention the countries most (in the
// corpus's order) instead of thousands of slivers, and says how many it leaves out.
TEST(MentionsByArticle, ShowsTheArticlesThatMentionTheCountriesMostWhenThereAreMany)
{
    QTemporaryDir dir;
    const int count = 12;
    for (int i = 0; i < count; ++i) {
        // Article i names Kazakhstan i times: the last eight mention it most.
        QString text = QStringLiteral("Report %1, 2 March 2022.\n\n").arg(i);
        for (int k = 0; k < i; ++k)
            text += QStringLiteral("Kazakhstan abstained. ");
        TestSupport::writeFile(dir, QStringLiteral("r%1.txt").arg(i, 2, 10, QLatin1Char('0')),
                               text.toUtf8());
    }
    const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions(false, {dir.path()}));
    ASSERT_EQ(model->articles.size(), count);
    const ChartData chart = *ChartCatalog::build(QStringLiteral("mentions-by-article"), *model, {});
    ASSERT_EQ(chart.series.size(), 8);
    for (int i = 0; i < 8; ++i)
        EXPECT_EQ(chart.articles.at(i), model->articles.at(count - 8 + i).id);
    EXPECT_TRUE(chart.subtitle.contains(QStringLiteral("of 12"))) << chart.subtitle.toStdString();
}

// A chart's sources are the articles behind its marks' evidence, each once, in the corpus's
// order: listed here from the marks, for every chart, for all countries and for two.
TEST(ChartCatalog, EveryChartCitesTheArticlesBehindItsMarksInCorpusOrder)
{
    const DocumentModelPtr model = builtinModel();
    for (const QStringList &countries :
         {QStringList(), QStringList{QStringLiteral("BLR"), QStringLiteral("KAZ")}}) {
        for (const ChartInfo &info : ChartCatalog::all()) {
            const ChartData chart =
                ChartCatalog::build(info.id, *model, countries).value_or(ChartData{});
            QSet<QString> behind;
            for (const ChartSeries &series : chart.series) {
                for (const QVector<EvidenceRef> &refs : series.evidence) {
                    for (const EvidenceRef &ref : refs)
                        behind.insert(ref.article);
                }
            }
            QStringList expected;
            for (const Article &a : model->articles) {
                if (behind.contains(a.id))
                    expected.append(a.id);
            }
            EXPECT_EQ(chart.articles, expected)
                << info.id.toStdString() << " for " << countries.join(',').toStdString();
            EXPECT_TRUE(chart.isEmpty() || !expected.isEmpty()) << info.id.toStdString();
        }
    }
}
