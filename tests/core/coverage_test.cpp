// Dates on claims and the coverage of each country: how old and how well supported a value is.
#include "app/charts/chart_catalog.h"
#include "app/codebook/dimensions.h"
#include "app/evidence/coverage.h"
#include "app/evidence/evidence_marks.h"
#include "app/models/comparison_model.h"
#include "app/models/position_model.h"
#include "app/positions/claim_dating.h"
#include "test_support.h"

#include <QFont>

#include <gtest/gtest.h>

using namespace ModelRoles;
using TestSupport::builtinModel;

TEST(SourceDate, ArticleDatesFromPublicationPeriodOrYear)
{
    ArticleMetadata meta;
    EXPECT_FALSE(SourceDate::ofArticle(meta).isKnown());
    meta.year = 2022;
    EXPECT_EQ(SourceDate::ofArticle(meta).text(), QStringLiteral("2022"));
    EXPECT_EQ(SourceDate::ofArticle(meta).label(), QStringLiteral("2022 (article)"));
    meta.period = {QDate(2022, 2, 21), QDate(2022, 3, 3)};
    EXPECT_EQ(SourceDate::ofArticle(meta).text(), QStringLiteral("21 Feb – 3 Mar 2022"));
    EXPECT_EQ(SourceDate::ofArticle(meta).endText(), QStringLiteral("3 Mar 2022"));
    meta.published = QDate(2022, 3, 31);
    const SourceDate published = SourceDate::ofArticle(meta);
    EXPECT_EQ(published.text(), QStringLiteral("31 Mar 2022"));
    EXPECT_EQ(published.basis, SourceDate::Basis::Article);
    EXPECT_TRUE(published.explanation().contains(QStringLiteral("article's date")));
}

TEST(SourceDate, TheNewerOfTwoDatesByItsEndAndAVagueOneNeverOutranksAPreciseOneInsideIt)
{
    ArticleMetadata year, period;
    year.year = 2022;
    period.period = {QDate(2022, 2, 24), QDate(2022, 7, 31)};
    const SourceDate a = SourceDate::ofArticle(year);
    const SourceDate b = SourceDate::ofArticle(period);
    // The year runs to 31 December, but says no more than the period inside it.
    EXPECT_EQ(&SourceDate::newer(a, b), &b);
    EXPECT_EQ(&SourceDate::newer(b, a), &b);
    EXPECT_EQ(SourceDate::newer(a, b).endText(), QStringLiteral("31 Jul 2022"));
    EXPECT_EQ(&SourceDate::newer(SourceDate{}, b), &b);
    ArticleMetadata sameEnd;
    sameEnd.published = QDate(2022, 7, 31);
    const SourceDate c = SourceDate::ofArticle(sameEnd);
    EXPECT_EQ(&SourceDate::newer(b, c), &c); // the same end: the more precise
    EXPECT_EQ(&SourceDate::newer(c, b), &c);
    // Not inside: by the end. A year ends after a day of the year before.
    ArticleMetadata nextYear;
    nextYear.year = 2023;
    const SourceDate d = SourceDate::ofArticle(nextYear);
    EXPECT_EQ(&SourceDate::newer(c, d), &d);
    EXPECT_EQ(&SourceDate::newer(d, c), &d);
    // Folded over many, the order does not matter.
    for (const auto &order :
         {QVector<const SourceDate *>{&a, &b, &c}, {&c, &a, &b}, {&b, &c, &a}}) {
        SourceDate newest;
        for (const SourceDate *date : order)
            newest = SourceDate::newer(newest, *date);
        EXPECT_EQ(newest.text(), QStringLiteral("31 Jul 2022"));
    }
}

TEST(ClaimDating, AQuoteInADatedSentenceTakesTheStatementsDate)
{
    DocumentModel model;
    Article article;
    article.id = QStringLiteral("a");
    article.text =
        ArticleText(QStringLiteral("On 2 March 2022, Kazakhstan abstained. It stays neutral."));
    article.meta.year = 2022;
    model.articles = {article};
    Event event;
    event.article = QStringLiteral("a");
    event.span = {0, 38};
    event.date = {QDate(2022, 3, 2), QDate(2022, 3, 2)};
    event.countries = {QStringLiteral("KAZ")};
    model.events = {event};
    Claim inside;
    inside.country = QStringLiteral("KAZ");
    inside.article = QStringLiteral("a");
    inside.span = {17, 37}; // "Kazakhstan abstained"
    const SourceDate stated = ClaimDating::of(inside, model.events, &model.articles.first().meta);
    EXPECT_EQ(stated.basis, SourceDate::Basis::Statement);
    EXPECT_EQ(stated.text(), QStringLiteral("2 Mar 2022"));
    Claim outside = inside;
    outside.span = {39, 56}; // "It stays neutral."
    const SourceDate ofArticle =
        ClaimDating::of(outside, model.events, &model.articles.first().meta);
    EXPECT_EQ(ofArticle.basis, SourceDate::Basis::Article);
    EXPECT_EQ(ofArticle.text(), QStringLiteral("2022"));
    // The sentence dates Kazakhstan's step, not another country's.
    Claim otherCountry = inside;
    otherCountry.country = QStringLiteral("ARM");
    EXPECT_EQ(ClaimDating::of(otherCountry, model.events, &model.articles.first().meta).basis,
              SourceDate::Basis::Article);
}

TEST(ClaimDating, EveryBuiltinClaimIsDated)
{
    const DocumentModel &model = *builtinModel();
    int statements = 0;
    for (const Claim &claim : model.claims) {
        EXPECT_TRUE(claim.date.isKnown()) << claim.quote.toStdString();
        statements += claim.date.basis == SourceDate::Basis::Statement ? 1 : 0;
    }
    EXPECT_GT(statements, 0);
    // Belarus Digest dates the 2 March vote in the very sentence that reports Belarus's vote.
    const Position *vote = TestSupport::position(model, "BLR", "unga_es11_1");
    bool found = false;
    for (const Claim &claim : vote->claims)
        found = found || (claim.date.basis == SourceDate::Basis::Statement &&
                          claim.date.range.from == QDate(2022, 3, 2));
    EXPECT_TRUE(found);
}

TEST(Coverage, CountsWhatSupportsACountry)
{
    const DocumentModel &model = *builtinModel();
    const CountryCoverage kaz = CountryCoverage::of(model, QStringLiteral("KAZ"));
    // Counted in the codebook and the articles: 21 claims about Kazakhstan in 4 articles; 19
    // events it takes part in — a reader finds 20 (tests/data/expected_events.json), the one
    // left is Shaw's "two months ago"; a coverage entry for each of the 12 dimensions.
    EXPECT_EQ(kaz.claims, 21);
    EXPECT_EQ(kaz.articles, 4);
    EXPECT_EQ(kaz.events, 19);
    EXPECT_EQ(kaz.dimensions.size(), 12);
    // The 24 March vote of Kazakhstan rests on one GFSIS review alone.
    EXPECT_EQ(kaz.dimension(QStringLiteral("unga_es11_2"))->level(),
              DimensionCoverage::Level::Single);
    EXPECT_EQ(kaz.dimension(QStringLiteral("unga_es11_1"))->level(),
              DimensionCoverage::Level::Several);
    EXPECT_TRUE(kaz.thinText().contains(QStringLiteral("a single source for UN vote, 24 March")));
    EXPECT_FALSE(kaz.isThin());
    // The parties to the war have events but no position at all: thin as a whole.
    const CountryCoverage russia = CountryCoverage::of(model, QStringLiteral("RUS"));
    EXPECT_GT(russia.events, 0);
    EXPECT_TRUE(russia.isThin());
}

TEST(Coverage, ACorpusWithoutClaimsIsThinEverywhere)
{
    DocumentModel model;
    model.gazetteer = builtinModel()->gazetteer;
    const CountryCoverage none = CountryCoverage::of(model, QStringLiteral("KAZ"));
    EXPECT_TRUE(none.isThin());
    EXPECT_EQ(none.thinCount(), none.dimensions.size());
    EXPECT_EQ(none.countsText(), QStringLiteral("0 articles · 0 claims · 0 events"));
}

TEST(Coverage, TheChartShowsEveryDimensionOfEveryCountryOnce)
{
    const ChartData chart =
        ChartCatalog::build(QStringLiteral("coverage"), *builtinModel(), {QStringLiteral("KAZ")})
            .value();
    ASSERT_EQ(chart.categories.size(), builtinModel()->countries().size());
    for (int row = 0; row < chart.categories.size(); ++row) {
        double total = 0;
        for (const ChartSeries &s : chart.series)
            total += s.values.at(row);
        EXPECT_EQ(total, Dimensions::builtin().all().size())
            << chart.categories.at(row).toStdString();
    }
    const int kaz = int(chart.categories.indexOf(QStringLiteral("Kazakhstan")));
    ASSERT_GE(kaz, 0);
    EXPECT_TRUE(chart.series.first().emphasised.at(kaz));
    EXPECT_EQ(chart.countries, QStringList{QStringLiteral("KAZ")});
    // Russia is thin: no claim in the codebook speaks of it, so no dimension has two sources.
    const int russia = int(chart.categories.indexOf(QStringLiteral("Russia")));
    ASSERT_GE(russia, 0);
    EXPECT_TRUE(chart.marksOf(russia).testFlag(CategoryMark::ThinEvidence));
    EXPECT_FALSE(chart.marksOf(kaz).testFlag(CategoryMark::ThinEvidence));
}

TEST(Coverage, DetailAndComparisonShowDatesAndThinMarks)
{
    PositionModel positions;
    positions.setDocument(builtinModel());
    positions.setCountry(QStringLiteral("KAZ"));
    bool sawThin = false;
    for (int row = 0; row < positions.rowCount(); ++row) {
        const QModelIndex date = positions.index(row, PositionModel::DateColumn);
        // The newest claim: one dated inside the range of the newest so far (more precise, as
        // "3 Mar 2022" in "2022") takes its place; else the latest end, then the latest start.
        const Position *p =
            builtinModel()->position(QStringLiteral("KAZ"), date.data(DimensionRole).toString());
        const auto within = [](const DateRange &inner, const DateRange &outer) {
            return outer.from <= inner.from && inner.to <= outer.to;
        };
        const Claim *newest = &p->claims.first();
        for (const Claim &c : p->claims) {
            const DateRange &mine = c.date.range, &best = newest->date.range;
            if (within(mine, best) != within(best, mine)) {
                if (within(mine, best))
                    newest = &c;
            } else if (mine.to > best.to || (mine.to == best.to && mine.from > best.from)) {
                newest = &c;
            }
        }
        EXPECT_EQ(date.data().toString(), newest->date.text());
        EXPECT_EQ(date.data(Qt::FontRole).value<QFont>().italic(),
                  newest->date.basis == SourceDate::Basis::Article);
        const QModelIndex sources = positions.index(row, PositionModel::SourcesColumn);
        if (sources.data(ThinEvidenceRole).toBool() && !sources.data(ConflictRole).toBool()) {
            sawThin = true;
            EXPECT_TRUE(sources.data().toString().contains(EvidenceMarks::thin()));
        }
        const QModelIndex claim =
            positions.index(0, PositionModel::DateColumn, date.siblingAtColumn(0));
        EXPECT_FALSE(claim.data().toString().isEmpty());
    }
    EXPECT_TRUE(sawThin);

    ComparisonModel comparison;
    comparison.setDocument(builtinModel());
    comparison.setCountries({QStringLiteral("BLR"), QStringLiteral("KAZ")});
    bool found = false;
    for (int row = 0; row < comparison.rowCount(); ++row) {
        if (comparison.index(row, 0).data(DimensionRole).toString() != QLatin1String("unga_es11_2"))
            continue;
        found = true;
        const QModelIndex kaz = comparison.index(row, 2);
        EXPECT_TRUE(kaz.data(ThinEvidenceRole).toBool());
        const QString line = kaz.data(EvidenceLineRole).toString();
        EXPECT_TRUE(line.startsWith(QStringLiteral("1 source ◔ · "))) << line.toStdString();
        // Its one claim is from the GFSIS review of Belarus, which covers 24 February to 31
        // July 2022 (the manifest) and whose sentence gives no date.
        EXPECT_TRUE(line.endsWith(QStringLiteral(" · 24 Feb – 31 Jul 2022"))) << line.toStdString();
        EXPECT_EQ(kaz.data(DateTextRole).toString(),
                  QStringLiteral("24 Feb – 31 Jul 2022 (article)"));
    }
    EXPECT_TRUE(found);
}
