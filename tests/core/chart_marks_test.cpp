// Every mark of every chart leads to the claims, events or mentions that put it there.
#include "app/charts/chart_catalog.h"
#include "app/charts/chart_marks.h"
#include "app/codebook/dimensions.h"
#include "app/codebook/quote_locator.h"
#include "app/evidence/coverage.h"
#include "app/evidence/evidence_ref.h"
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <gtest/gtest.h>

using TestSupport::builtinModel;

namespace {

const QStringList kBelarusKazakhstan{QStringLiteral("BLR"), QStringLiteral("KAZ")};

ChartData build(const QString &id, const QStringList &countries = kBelarusKazakhstan)
{
    return ChartCatalog::build(id, *builtinModel(), countries).value();
}

// The drawn mark titled `title`, or a failed test.
ChartMark markTitled(const ChartData &data, const QString &title)
{
    for (const ChartMark &mark : ChartMarks::all(data)) {
        if (mark.title() == title)
            return mark;
    }
    ADD_FAILURE() << "no mark titled " << title.toStdString() << " in " << data.id.toStdString();
    return {};
}

QStringList valuesOf(const ChartMark &mark)
{
    QStringList values;
    for (const EvidenceRef &ref : mark.evidence) {
        if (!values.contains(ref.value))
            values.append(ref.value);
    }
    values.sort();
    return values;
}

const Event *eventAt(const EvidenceRef &ref)
{
    for (const Event &e : builtinModel()->events) {
        if (e.article == ref.article && e.span.start == ref.span.start &&
            e.span.end == ref.span.end)
            return &e;
    }
    return nullptr;
}

} // namespace

TEST(ChartMarks, EveryMarkOfEveryChartPointsIntoItsArticles)
{
    for (const ChartInfo &info : ChartCatalog::all()) {
        const ChartData data = build(info.id);
        const QVector<ChartMark> marks = ChartMarks::all(data);
        EXPECT_FALSE(marks.isEmpty()) << info.id.toStdString();
        for (const ChartMark &mark : marks) {
            for (const EvidenceRef &ref : mark.evidence) {
                const Article *article = builtinModel()->article(ref.article);
                ASSERT_NE(article, nullptr) << info.id.toStdString();
                EXPECT_TRUE(data.articles.contains(ref.article)) << info.id.toStdString();
                ASSERT_LE(ref.span.end, article->text.size());
                const QString atSpan = article->quote(ref.span);
                // A claim's quote is found up to spaces and typographic quotes; the rest exactly.
                if (ref.kind == EvidenceRef::Kind::Claim)
                    EXPECT_EQ(QuoteLocator::normalise(atSpan), QuoteLocator::normalise(ref.text))
                        << info.id.toStdString() << ": " << mark.title().toStdString();
                else if (ref.kind == EvidenceRef::Kind::Event) // its words stay in the article
                    EXPECT_TRUE(ref.text.isEmpty() && !atSpan.trimmed().isEmpty() &&
                                Evidence::textOf(ref, *builtinModel()) == atSpan)
                        << info.id.toStdString();
                else
                    EXPECT_EQ(atSpan, ref.text) << info.id.toStdString();
            }
        }
    }
}

TEST(ChartMarks, KazakhstansFirstVoteListsTheSourcesOnBothSides)
{
    const ChartMark mark = markTitled(
        build(QStringLiteral("unga-votes")),
        QStringLiteral("Kazakhstan — UN vote, 2 March 2022 (ES-11/1): Sources disagree"));
    // The codebook has four claims on Kazakhstan's 2 March vote, one from each of four articles.
    EXPECT_EQ(mark.evidence.size(), 4);
    EXPECT_EQ(valuesOf(mark), QStringList({QStringLiteral("absent"), QStringLiteral("abstain")}));
    QStringList articles = mark.articles();
    articles.sort();
    EXPECT_EQ(articles, (QStringList{"bd-war-at-the-door", "gfsis-50-post-soviet", "gfsis-belarus",
                                     "ifri-russia-image"}));
    for (const EvidenceRef &ref : mark.evidence) {
        EXPECT_EQ(ref.country, QStringLiteral("KAZ"));
        EXPECT_EQ(ref.dimension, QStringLiteral("unga_es11_1"));
    }
    // The two GFSIS reviews are one author repeating one passage: three independent sources.
    EXPECT_TRUE(
        mark.summary().endsWith(QStringLiteral("4 claims from 4 articles, 3 independent sources")))
        << mark.summary().toStdString();
}

TEST(ChartMarks, BarsOfNothingAreNoMarks)
{
    const ChartData data = build(QStringLiteral("unga-votes"));
    int nonZero = 0;
    for (const ChartSeries &s : data.series) {
        for (double v : s.values)
            nonZero += v != 0 ? 1 : 0;
    }
    EXPECT_EQ(ChartMarks::all(data).size(), nonZero);
    EXPECT_FALSE(ChartMarks::at(data, int(data.series.size()), 0).has_value());
    EXPECT_FALSE(ChartMarks::at(data, 0, -1).has_value());
}

TEST(ChartMarks, StanceBarsCarryEveryClaimOfTheStance)
{
    const ChartMark mark = markTitled(build(QStringLiteral("stance-overview")),
                                      QStringLiteral("Belarus: Supports Russia"));
    // The codebook's claims on Belarus's stance, read here from resources/codebook.json, each
    // found by the test in the article file it cites.
    QFile codebook(QStringLiteral(PE_SOURCE_DIR "/resources/codebook.json"));
    ASSERT_TRUE(codebook.open(QIODevice::ReadOnly));
    QStringList quotes;
    for (const QJsonValue &claim : QJsonDocument::fromJson(codebook.readAll())
                                       .object()
                                       .value(QLatin1String("claims"))
                                       .toArray()) {
        const QJsonObject c = claim.toObject();
        if (c.value(QLatin1String("country")).toString() == QLatin1String("BLR") &&
            c.value(QLatin1String("dimension")).toString() == QLatin1String("stance"))
            quotes.append(c.value(QLatin1String("quote")).toString());
    }
    ASSERT_EQ(quotes.size(), 4);
    ASSERT_EQ(mark.evidence.size(), 4);
    for (const EvidenceRef &ref : mark.evidence) {
        EXPECT_EQ(ref.value, QStringLiteral("supports_russia"));
        EXPECT_TRUE(quotes.contains(ref.text)) << ref.text.toStdString();
        const Article *article = builtinModel()->article(ref.article);
        ASSERT_NE(article, nullptr);
        QFile file(QStringLiteral(PE_SOURCE_DIR "/resources/corpus/") + article->file);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        EXPECT_EQ(text.indexOf(ref.text), ref.span.start) << ref.text.toStdString();
    }
}

TEST(ChartMarks, ComparisonDotsCarryTheCountrysClaimsOnTheRow)
{
    const ChartData data = build(QStringLiteral("comparison"));
    const ChartMark mark =
        markTitled(data, QStringLiteral("UN vote, 2 March 2022 (ES-11/1): Kazakhstan"));
    EXPECT_EQ(valuesOf(mark), QStringList({QStringLiteral("absent"), QStringLiteral("abstain")}));
    const ChartMark belarus = markTitled(data, QStringLiteral("Stance on the invasion: Belarus"));
    EXPECT_EQ(belarus.value, -2.0);
    for (const EvidenceRef &ref : belarus.evidence)
        EXPECT_EQ(ref.country, QStringLiteral("BLR"));
}

TEST(ChartMarks, TimelinePointsAreTheirEvents)
{
    const ChartData data = build(QStringLiteral("timeline"));
    const QVector<ChartMark> marks = ChartMarks::all(data);
    ASSERT_FALSE(marks.isEmpty());
    int events = 0;
    for (const ChartMark &mark : marks) {
        ASSERT_GE(mark.evidence.size(), 1);
        for (const EvidenceRef &ref : mark.evidence) {
            const Event *event = eventAt(ref);
            ASSERT_NE(event, nullptr);
            EXPECT_EQ(event->date.from, mark.date);
            EXPECT_EQ(event->type, mark.seriesName);
            const QString iso = mark.category == QLatin1String("Belarus") ? QStringLiteral("BLR")
                                                                          : QStringLiteral("KAZ");
            EXPECT_TRUE(event->countries.contains(iso)) << mark.title().toStdString();
            ++events;
        }
    }
    // One point per type, day (at its precision) and lane: no point hides another of its kind.
    for (const ChartSeries &series : data.series) {
        for (int i = 0; i < series.dates.size(); ++i) {
            for (int j = i + 1; j < series.dates.size(); ++j)
                EXPECT_FALSE(series.dates[i] == series.dates[j] &&
                             series.values[i] == series.values[j] &&
                             series.evidence[i].first().date.precision ==
                                 series.evidence[j].first().date.precision);
        }
    }
    EXPECT_GT(events, 0);
}

TEST(ChartMarks, AClickOnTheTimelineReachesEveryEventDrawnThere)
{
    const DocumentModel &model = *builtinModel();
    const ChartData data = build(QStringLiteral("timeline"), {});
    int shared = 0; // points where events of several types or several events meet
    for (const ChartMark &mark : ChartMarks::all(data)) {
        const ChartMark here = *ChartMarks::place(data, mark.series, mark.index);
        QString iso;
        for (const Entity *country : model.countries())
            iso = country->name == here.category ? country->id : iso;
        // The lane's events drawn at that day, whatever their type, and those dated to its
        // month ("in March"), which are drawn at the month's first day.
        int sameDay = 0;
        for (const Event *e : model.eventsOf(iso))
            sameDay += e->date.from == here.date ? 1 : 0;
        EXPECT_EQ(here.evidence.size(), sameDay) << here.title().toStdString();
        shared += here.evidence.size() > 1 ? 1 : 0;
    }
    EXPECT_GT(shared, 0);
}

TEST(ChartMarks, AnEventKnownToTheMonthIsNotGivenADay)
{
    const ChartData data = build(QStringLiteral("timeline"), {});
    int monthOnly = 0;
    for (const ChartMark &mark : ChartMarks::all(data)) {
        const SourceDate &date = mark.evidence.first().date;
        if (date.precision != SourceDate::Precision::Month)
            continue;
        ++monthOnly;
        const QString month = QLocale::c().toString(mark.date, QStringLiteral("MMM yyyy"));
        EXPECT_TRUE(mark.title().contains(QStringLiteral(" — ") + month + QStringLiteral(": ")))
            << mark.title().toStdString();
        EXPECT_TRUE(mark.evidence.first().label.endsWith(QStringLiteral(", ") + month));
    }
    EXPECT_GT(monthOnly, 0);
}

TEST(ChartMarks, SlicesAndMonthsAreTheirEvents)
{
    for (const ChartMark &slice : ChartMarks::all(build(QStringLiteral("event-types")))) {
        EXPECT_EQ(slice.evidence.size(), int(slice.value));
        for (const EvidenceRef &ref : slice.evidence)
            EXPECT_EQ(eventAt(ref)->type, slice.seriesName);
    }
    const ChartMark june =
        markTitled(build(QStringLiteral("events-per-month")), QStringLiteral("Jun 2022: Belarus"));
    EXPECT_EQ(june.evidence.size(), int(june.value));
    for (const EvidenceRef &ref : june.evidence) {
        const Event *event = eventAt(ref);
        EXPECT_EQ(event->date.from.month(), 6);
        EXPECT_TRUE(event->countries.contains(QStringLiteral("BLR")));
    }
}

TEST(ChartMarks, MentionSegmentsAreTheMentions)
{
    const ChartMark mark = markTitled(build(QStringLiteral("mentions-by-article")),
                                      QStringLiteral("Kazakhstan: Shaw Sheet"));
    EXPECT_EQ(mark.value, 6.0);
    ASSERT_EQ(mark.evidence.size(), 6);
    for (const EvidenceRef &ref : mark.evidence) {
        EXPECT_EQ(ref.kind, EvidenceRef::Kind::Mention);
        EXPECT_EQ(ref.article, QStringLiteral("shaw-belarus-kazakhstan"));
        EXPECT_TRUE(ref.text.contains(ref.label)); // the sentence holds the name found
    }
}

TEST(ChartMarks, CoverageSegmentsHoldTheClaimsOfTheirDimensions)
{
    const ChartData data = build(QStringLiteral("coverage"));
    // Counted in the codebook: of Kazakhstan's nine coded dimensions, seven rest on two or more
    // sources and two on one.
    const ChartMark solid = markTitled(data, QStringLiteral("Kazakhstan: two or more sources"));
    const QStringList several{"stance",      "unga_es11_1",        "csto_member",
                              "eaeu_member", "recognizes_dpr_lpr", "humanitarian_aid",
                              "sanctions"};
    EXPECT_EQ(solid.value, 7);
    QSet<QString> solidDimensions;
    for (const EvidenceRef &ref : solid.evidence)
        solidDimensions.insert(ref.dimension);
    EXPECT_EQ(solidDimensions, QSet<QString>(several.begin(), several.end()));
    const ChartMark single = markTitled(data, QStringLiteral("Kazakhstan: a single source (thin)"));
    QHash<QString, QStringList> articlesByDimension;
    for (const EvidenceRef &ref : single.evidence) {
        if (!articlesByDimension[ref.dimension].contains(ref.article))
            articlesByDimension[ref.dimension].append(ref.article);
    }
    EXPECT_EQ(single.value, 2);
    QStringList singleDimensions = articlesByDimension.keys();
    singleDimensions.sort();
    EXPECT_EQ(singleDimensions, (QStringList{"military_involvement", "unga_es11_2"}));
    for (const QStringList &articles : std::as_const(articlesByDimension))
        EXPECT_EQ(articles.size(), 1); // each of these dimensions rests on one article
    EXPECT_TRUE(
        single.note.contains(Dimensions::builtin().find(QStringLiteral("unga_es11_2"))->label));
}

TEST(ChartMarks, MarksComeInReadingOrderTopRowFirst)
{
    // The stance overview reads from the codebook's one country supporting Russia (Belarus) at
    // the top to the two supporting Ukraine at the bottom, Georgia last in gazetteer order: its
    // marks, and the keyboard's way through them, go the same way.
    const ChartData chart =
        ChartCatalog::build(QStringLiteral("stance-overview"), *builtinModel(), {}).value();
    const QVector<ChartMark> marks = ChartMarks::all(chart);
    ASSERT_FALSE(marks.isEmpty());
    EXPECT_EQ(marks.first().category, QStringLiteral("Belarus"));
    QStringList rows;
    for (const ChartMark &mark : marks) {
        if (!rows.contains(mark.category))
            rows.append(mark.category);
    }
    EXPECT_EQ(rows.first(), QStringLiteral("Belarus"));
    EXPECT_EQ(rows.last(), QStringLiteral("Georgia"));
}
