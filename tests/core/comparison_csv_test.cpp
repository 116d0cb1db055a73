#include "app/export/comparison_csv.h"
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

TEST(ComparisonCsv, ParsesBackToTheDocumentModel)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    const QVector<QStringList> rows =
        TestSupport::parseCsv(QString::fromUtf8(ComparisonCsv::toCsv(comparison, *model)));
    ASSERT_EQ(rows.size(), comparison.rows.size() + 1);
    const QStringList &header = rows.first();
    EXPECT_EQ(header,
              (QStringList{"dimension", "label", "countries differ", "BLR", "BLR value",
                           "BLR sources", "BLR supporting", "BLR agreement", "BLR dated",
                           "BLR evidence", "KAZ", "KAZ value", "KAZ sources", "KAZ supporting",
                           "KAZ agreement", "KAZ dated", "KAZ evidence"}));
    QHash<QString, QStringList> byDimension;
    for (const QStringList &fields : rows.mid(1)) {
        ASSERT_EQ(fields.size(), header.size());
        byDimension.insert(fields[0], fields);
    }
    // The vote of 2 March: four articles each, but the two GFSIS reviews (one author) repeat
    // one passage, so three sources. Belarus: all three against. Kazakhstan: two (Belarus
    // Digest, Ifri) say it abstained, one (GFSIS) that it did not take part.
    const QStringList vote = byDimension.value(QStringLiteral("unga_es11_1"));
    ASSERT_FALSE(vote.isEmpty());
    EXPECT_EQ(vote.mid(2, 6), (QStringList{"yes", "Against", "no", "3", "3", "unanimous"}));
    EXPECT_EQ(vote.mid(10, 5), (QStringList{"Abstained", "abstain", "3", "2", "majority"}));
    EXPECT_EQ(byDimension.value(QStringLiteral("csto_member"))[2], QStringLiteral("no"));
    const QStringList aid = byDimension.value(QStringLiteral("humanitarian_aid"));
    EXPECT_EQ(aid[2], QStringLiteral("unknown"));
    EXPECT_EQ(aid.mid(3, 3), (QStringList{"no source", "", "0"}));
    // Every claim behind a value is a line of its evidence, at the offsets where its quote is.
    for (const QStringList &fields : rows.mid(1)) {
        for (int c = 0; c < 2; ++c) {
            const Position *p = model->position(kBelarusKazakhstan[c], fields[0]);
            const QString dated = fields[3 + 7 * c + 5];
            const QString evidence = fields[3 + 7 * c + 6];
            if (!p) {
                EXPECT_TRUE(evidence.isEmpty());
                EXPECT_TRUE(dated.isEmpty());
                continue;
            }
            // The date a cell shows is one of its claims' dates, with where it comes from.
            bool datedByAClaim = false;
            for (const Claim &claim : p->claims) {
                const QString basis = claim.date.basis == SourceDate::Basis::Statement
                                          ? QStringLiteral("(statement)")
                                          : QStringLiteral("(article)");
                datedByAClaim |=
                    claim.date.isKnown() && dated == claim.date.text() + QLatin1Char(' ') + basis;
            }
            EXPECT_TRUE(datedByAClaim) << fields[0].toStdString() << ": " << dated.toStdString();
            const QStringList lines = evidence.split(QLatin1Char('\n'));
            ASSERT_EQ(lines.size(), p->claims.size());
            for (int i = 0; i < lines.size(); ++i) {
                const Claim &claim = p->claims[i];
                // The quote whole, in quotation marks, never two opening ones.
                EXPECT_TRUE(lines[i].contains(claim.quote));
                EXPECT_TRUE(lines[i].contains(QStringLiteral("“")));
                EXPECT_TRUE(lines[i].contains(QStringLiteral("”")));
                EXPECT_FALSE(lines[i].contains(QStringLiteral("““")));
                EXPECT_TRUE(lines[i].contains(
                    QStringLiteral("characters %1–%2").arg(claim.span.start).arg(claim.span.end)));
                EXPECT_FALSE(model->article(claim.article)->quote(claim.span).isEmpty());
            }
        }
    }
}

TEST(ComparisonCsv, AFileStartsWithAByteOrderMarkStandardOutputDoesNot)
{
    const DocumentModelPtr model = TestSupport::builtinModel();
    const Comparison comparison = Comparison::build(*model, kBelarusKazakhstan);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.csv"));
    QString error;
    ASSERT_TRUE(ComparisonCsv::write(comparison, *model, path, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "dimension,"));
    EXPECT_EQ(bytes.mid(3), ComparisonCsv::toCsv(comparison, *model));
    EXPECT_TRUE(ComparisonCsv::toCsv(comparison, *model).startsWith("dimension,"));
}
