#include "export/comparison_csv.h"
#include "test_support.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

const QStringList kBelarusKazakhstan{QStringLiteral("BLR"), QStringLiteral("KAZ")};

} // namespace

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
