#include "compare/comparison.h"
#include "compare/comparison_csv.h"
#include "compare/comparison_set.h"
#include "models/comparison_filter_model.h"
#include "models/comparison_model.h"
#include "test_support.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace ModelRoles;

namespace {

const QStringList kBelarusKazakhstan{QStringLiteral("BLR"), QStringLiteral("KAZ")};

const ComparisonRow *rowOf(const Comparison &comparison, const char *dimension)
{
    for (const ComparisonRow &row : comparison.rows) {
        if (row.dimension == QLatin1String(dimension))
            return &row;
    }
    return nullptr;
}

int modelRowOf(const QAbstractItemModel &model, const char *dimension)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(DimensionRole).toString() == QLatin1String(dimension))
            return r;
    }
    return -1;
}

} // namespace

TEST(Comparison, BelarusAndKazakhstanOnTheSecondOfMarchVote)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    const ComparisonRow *vote = rowOf(comparison, "unga_es11_1");
    ASSERT_NE(vote, nullptr);
    ASSERT_EQ(vote->cells.size(), 2);
    ASSERT_NE(vote->cells[0], nullptr);
    ASSERT_NE(vote->cells[1], nullptr);
    EXPECT_EQ(vote->cells[0]->value, QStringLiteral("no"));
    EXPECT_FALSE(vote->cells[0]->conflict);
    // Some sources say Kazakhstan abstained, others that it did not take part.
    EXPECT_TRUE(vote->cells[1]->conflict);
    EXPECT_TRUE(vote->cells[1]->values().contains(QStringLiteral("abstain")));
    EXPECT_TRUE(vote->cells[1]->values().contains(QStringLiteral("absent")));
    EXPECT_TRUE(vote->differs());
    EXPECT_FALSE(vote->allAgree());
}

TEST(Comparison, MembershipsAgreeAndStanceDiffers)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    for (const char *membership : {"csto_member", "eaeu_member"}) {
        const ComparisonRow *row = rowOf(comparison, membership);
        ASSERT_NE(row, nullptr) << membership;
        EXPECT_EQ(row->cells[0]->value, QStringLiteral("yes"));
        EXPECT_EQ(row->cells[1]->value, QStringLiteral("yes"));
        EXPECT_TRUE(row->allAgree());
        EXPECT_FALSE(row->differs());
    }
    EXPECT_TRUE(rowOf(comparison, "stance")->differs());
}

TEST(Comparison, ARowWithOneCountryUnknownNeitherDiffersNorAgrees)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    const ComparisonRow *aid = rowOf(comparison, "humanitarian_aid");
    ASSERT_NE(aid, nullptr);
    EXPECT_EQ(aid->cells[0], nullptr); // no source on Belarus's aid
    EXPECT_NE(aid->cells[1], nullptr);
    EXPECT_FALSE(aid->differs());
    EXPECT_FALSE(aid->allAgree());
    // Dimensions no source speaks to for either country are left out.
    EXPECT_EQ(rowOf(comparison, "nato_member"), nullptr);
}

TEST(Comparison, RowsFollowTheDimensionOrderWhateverTheCountryOrder)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison forward = Comparison::build(*model, kBelarusKazakhstan);
    const Comparison backward =
        Comparison::build(*model, {QStringLiteral("KAZ"), QStringLiteral("BLR")});
    ASSERT_EQ(forward.rows.size(), backward.rows.size());
    for (int r = 0; r < forward.rows.size(); ++r) {
        EXPECT_EQ(forward.rows[r].dimension, backward.rows[r].dimension);
        EXPECT_EQ(forward.rows[r].cells[0], backward.rows[r].cells[1]);
    }
    EXPECT_EQ(forward.rows.first().dimension, QStringLiteral("stance"));
}

TEST(ComparisonSet, ChecksCodesCountAndDoubles)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const ComparisonSetResult good = ComparisonSet::parse(QStringLiteral(" blr, kaz ,"), *model);
    EXPECT_TRUE(good.error.isEmpty()) << good.error.toStdString();
    EXPECT_EQ(good.countries, kBelarusKazakhstan);
    EXPECT_TRUE(ComparisonSet::parse(QStringLiteral("BLR,XYZ"), *model)
                    .error.contains(QStringLiteral("unknown country code 'XYZ'")));
    EXPECT_FALSE(ComparisonSet::parse(QStringLiteral("BLR"), *model).error.isEmpty());
    EXPECT_FALSE(
        ComparisonSet::parse(QStringLiteral("BLR,KAZ,ARM,AZE,GEO"), *model).error.isEmpty());
    EXPECT_TRUE(ComparisonSet::parse(QStringLiteral("BLR,KAZ,blr"), *model)
                    .error.contains(QStringLiteral("twice")));
    // The codes name countries, not organisations or territories of the gazetteer.
    EXPECT_FALSE(ComparisonSet::parse(QStringLiteral("BLR,NATO"), *model).error.isEmpty());
    EXPECT_TRUE(ComparisonSet::parse(QStringLiteral("ARM,AZE,GEO,MDA"), *model).error.isEmpty());
}

TEST(ComparisonModel, PassesTheModelTester)
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(TestSupport::builtinModel());
    model.setCountries(kBelarusKazakhstan);
    model.setCountries({QStringLiteral("ARM"), QStringLiteral("AZE"), QStringLiteral("GEO")});
    model.setCountries({});
    ComparisonFilterModel filter;
    QAbstractItemModelTester proxyTester(&filter,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    model.setCountries(kBelarusKazakhstan);
    filter.setHideAgreeing(true);
    filter.setHideAgreeing(false);
}

TEST(ComparisonModel, CellsCarryValueSourcesConflictAndTheFirstQuote)
{
    ComparisonModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountries(kBelarusKazakhstan);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Belarus"));
    EXPECT_EQ(model.headerData(2, Qt::Horizontal, IsoRole).toString(), QStringLiteral("KAZ"));
    const int vote = modelRowOf(model, "unga_es11_1");
    ASSERT_GE(vote, 0);
    EXPECT_TRUE(model.index(vote, 0).data(RowDiffersRole).toBool());
    EXPECT_EQ(model.index(vote, 1).data().toString(), QStringLiteral("Against"));
    EXPECT_FALSE(model.index(vote, 1).data(ConflictRole).toBool());
    const QModelIndex kazakhstan = model.index(vote, 2);
    EXPECT_TRUE(kazakhstan.data(ConflictRole).toBool());
    EXPECT_EQ(kazakhstan.data(SourceCountRole).toInt(), 4);
    EXPECT_EQ(kazakhstan.data(SupportCountRole).toInt(), 2);
    const QString value = kazakhstan.data(ValueRole).toString();
    // The span a click opens is a quote that gives the value shown.
    const Article *article =
        TestSupport::builtinModel()->article(kazakhstan.data(ArticleIdRole).toString());
    ASSERT_NE(article, nullptr);
    const qsizetype start = kazakhstan.data(SpanStartRole).toLongLong();
    const qsizetype end = kazakhstan.data(SpanEndRole).toLongLong();
    ASSERT_GT(end, start);
    bool found = false;
    for (const Claim &claim : model.positionAt(kazakhstan)->claims)
        found = found || (claim.span.start == start && claim.value == value);
    EXPECT_TRUE(found);
    // The tooltip lists every quote, on both sides of the dispute.
    const QString tooltip = kazakhstan.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tooltip.contains(QStringLiteral("Abstained")));
    EXPECT_TRUE(tooltip.contains(QStringLiteral("Did not vote")));
}

TEST(ComparisonModel, ACellWithoutSourceSaysSo)
{
    ComparisonModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountries(kBelarusKazakhstan);
    const int aid = modelRowOf(model, "humanitarian_aid");
    ASSERT_GE(aid, 0);
    EXPECT_EQ(model.index(aid, 1).data().toString(), QStringLiteral("No source"));
    EXPECT_EQ(model.index(aid, 1).data(SourceCountRole).toInt(), 0);
    EXPECT_FALSE(model.index(aid, 1).data(ArticleIdRole).isValid());
    EXPECT_EQ(model.positionAt(model.index(aid, 1)), nullptr);
}

TEST(ComparisonFilterModel, HidesOnlyTheRowsWhereAllAgree)
{
    ComparisonModel model;
    model.setDocument(TestSupport::builtinModel());
    model.setCountries(kBelarusKazakhstan);
    ComparisonFilterModel filter;
    filter.setSourceModel(&model);
    EXPECT_EQ(filter.rowCount(), model.rowCount());
    filter.setHideAgreeing(true);
    EXPECT_LT(filter.rowCount(), model.rowCount());
    EXPECT_EQ(modelRowOf(filter, "csto_member"), -1);
    EXPECT_EQ(modelRowOf(filter, "eaeu_member"), -1);
    EXPECT_GE(modelRowOf(filter, "unga_es11_1"), 0);
    EXPECT_GE(modelRowOf(filter, "humanitarian_aid"), 0); // unknown for Belarus: not agreement
    for (int r = 0; r < filter.rowCount(); ++r)
        EXPECT_FALSE(filter.index(r, 0).data(RowAgreesRole).toBool());
}

TEST(ComparisonCsv, QuotesCommasQuotesAndLineBreaks)
{
    EXPECT_EQ(ComparisonCsv::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(ComparisonCsv::field(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
    EXPECT_EQ(ComparisonCsv::field(QStringLiteral("say \"no\"")),
              QStringLiteral("\"say \"\"no\"\"\""));
    EXPECT_EQ(ComparisonCsv::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    const QString awkward = QStringLiteral("He said, \"no\",\r\nthen \"\"left\"\"");
    EXPECT_EQ(TestSupport::parseCsv(ComparisonCsv::field(awkward) + QStringLiteral(",x\r\n")),
              (QVector<QStringList>{{awkward, QStringLiteral("x")}}));
}

TEST(ComparisonCsv, ParsesBackToTheComparison)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    const QVector<QStringList> rows =
        TestSupport::parseCsv(QString::fromUtf8(ComparisonCsv::toCsv(comparison, *model)));
    ASSERT_EQ(rows.size(), comparison.rows.size() + 1);
    const QStringList &header = rows.first();
    ASSERT_EQ(header.size(), 3 + 2 * 5);
    EXPECT_EQ(header.mid(0, 4),
              (QStringList{QStringLiteral("dimension"), QStringLiteral("label"),
                           QStringLiteral("countries differ"), QStringLiteral("BLR")}));
    const int kaz = int(header.indexOf(QStringLiteral("KAZ")));
    ASSERT_GT(kaz, 0);
    for (int r = 0; r < comparison.rows.size(); ++r) {
        const QStringList &fields = rows.at(r + 1);
        ASSERT_EQ(fields.size(), header.size()) << r;
        const ComparisonRow &row = comparison.rows.at(r);
        EXPECT_EQ(fields[0], row.dimension);
        EXPECT_EQ(fields[2], row.differs() ? QStringLiteral("yes") : QStringLiteral("no"));
        const Position *p = row.cells[1];
        EXPECT_EQ(fields[kaz + 1], p ? p->value : QString());
        EXPECT_EQ(fields[kaz + 2].toInt(), p ? p->articles().size() : 0);
        if (!p)
            continue;
        EXPECT_EQ(fields[kaz + 3], p->conflict ? QStringLiteral("yes") : QStringLiteral("no"));
        // Every quote is in the evidence, with the offsets where the article has it.
        const QStringList evidence = fields[kaz + 4].split(QLatin1Char('\n'));
        ASSERT_EQ(evidence.size(), p->claims.size());
        for (int c = 0; c < p->claims.size(); ++c) {
            const Claim &claim = p->claims[c];
            EXPECT_TRUE(evidence[c].contains(claim.quote)) << evidence[c].toStdString();
            EXPECT_TRUE(evidence[c].contains(
                QStringLiteral("characters %1–%2").arg(claim.span.start).arg(claim.span.end)));
        }
    }
    const int vote = 1 + int(std::find_if(comparison.rows.cbegin(), comparison.rows.cend(),
                                          [](const ComparisonRow &row) {
                                              return row.dimension == QLatin1String("unga_es11_1");
                                          }) -
                             comparison.rows.cbegin());
    EXPECT_EQ(rows[vote][kaz + 3], QStringLiteral("yes"));
    EXPECT_EQ(rows[vote][3], QStringLiteral("Against"));
}

TEST(CompareCommand, WritesTheCsvAndRefusesBadSets)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("compare.csv"));
    const TestSupport::AppRun run = TestSupport::runApp(
        {QStringLiteral("--compare"), QStringLiteral("blr,kaz"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = TestSupport::parseCsv(QString::fromUtf8(file.readAll()));
    ASSERT_GT(rows.size(), 5);
    EXPECT_TRUE(rows.first().contains(QStringLiteral("BLR")));
    EXPECT_TRUE(rows.first().contains(QStringLiteral("KAZ")));

    const QList<QStringList> bad{
        {QStringLiteral("--compare"), QStringLiteral("BLR"), QStringLiteral("--out"), out},
        {QStringLiteral("--compare"), QStringLiteral("BLR,KAZ,ARM,AZE,GEO"),
         QStringLiteral("--out"), dir.filePath(QStringLiteral("five.csv"))},
        {QStringLiteral("--compare"), QStringLiteral("BLR,XYZ"), QStringLiteral("--out"),
         dir.filePath(QStringLiteral("xyz.csv"))},
        {QStringLiteral("--compare"), QStringLiteral("BLR,KAZ")},
        {QStringLiteral("--compare"), QStringLiteral("BLR,KAZ"), QStringLiteral("--out"), out},
    };
    for (const QStringList &arguments : bad) {
        const TestSupport::AppRun refused = TestSupport::runApp(arguments);
        EXPECT_NE(refused.exitCode, 0) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(refused.err.count('\n'), 1) << refused.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("five.csv"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("xyz.csv"))));
}
