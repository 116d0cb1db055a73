// A comparison's sources sidecar: every cell's claims with the text at their offsets, so a
// reader of the CSV can check each value against the articles; written by --compare
// --with-sources.
#include "app/compare/comparison.h"
#include "app/export/comparison_sources_json.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using TestSupport::AppRun;
using TestSupport::runApp;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TEST(ComparisonSourcesJson, EveryCellCarriesItsClaimsAtTheirOffsets)
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir, QStringLiteral("talks.txt"),
                           "Talks\n\nOn 3 March 2022 Armenia said it would stay neutral. "
                           "Georgia, for its part, applied to join the EU.\n");
    TestSupport::writeFile(dir, QStringLiteral("codebook.json"),
                           R"({"schema": 1, "claims": [
{"country": "ARM", "dimension": "stance", "value": "balancing", "article": "talks", "quote": "Armenia said it would stay neutral."},
{"country": "GEO", "dimension": "eu_application", "value": "yes", "article": "talks", "quote": "Georgia, for its part, applied to join the EU."}]})");
    const QString csv = dir.filePath(QStringLiteral("out/armenia-georgia.csv"));
    QDir(dir.path()).mkdir(QStringLiteral("out"));
    const AppRun run = runApp({QStringLiteral("--no-builtin"), QStringLiteral("--corpus"),
                               dir.path(), QStringLiteral("--compare"), QStringLiteral("ARM,GEO"),
                               QStringLiteral("--out"), csv, QStringLiteral("--with-sources")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(csv));
    const QJsonObject sources = readJson(csv + QStringLiteral(".sources.json"));
    ASSERT_FALSE(sources.isEmpty());
    EXPECT_EQ(sources.value(QLatin1String("countries")).toArray().size(), 2);
    const QJsonArray rows = sources.value(QLatin1String("rows")).toArray();
    ASSERT_EQ(rows.size(), 2); // stance, the EU application
    QHash<QString, QJsonObject> cellOf;
    for (const QJsonValue &row : rows) {
        for (const QJsonValue &cell : row.toObject().value(QLatin1String("cells")).toArray())
            cellOf.insert(row.toObject().value(QLatin1String("dimension")).toString() +
                              QLatin1Char('/') +
                              cell.toObject().value(QLatin1String("country")).toString(),
                          cell.toObject());
    }
    const QJsonObject armenia = cellOf.value(QStringLiteral("stance/ARM"));
    EXPECT_EQ(armenia.value(QLatin1String("value")).toString(), QStringLiteral("balancing"));
    const QJsonObject dated = armenia.value(QLatin1String("dated")).toObject();
    EXPECT_EQ(dated.value(QLatin1String("basis")).toString(), QStringLiteral("statement"))
        << QJsonDocument(armenia).toJson().toStdString();
    const QJsonArray evidence = armenia.value(QLatin1String("evidence")).toArray();
    ASSERT_EQ(evidence.size(), 1);
    const QJsonObject claim = evidence.first().toObject();
    EXPECT_EQ(claim.value(QLatin1String("text")).toString(),
              QStringLiteral("Armenia said it would stay neutral."));
    // The offsets point at that text in the article as written.
    const QString article =
        QStringLiteral("Talks\n\nOn 3 March 2022 Armenia said it would stay neutral. ");
    EXPECT_EQ(claim.value(QLatin1String("start")).toInt(),
              article.indexOf(QStringLiteral("Armenia said")));
    EXPECT_TRUE(cellOf.contains(QStringLiteral("eu_application/GEO")));
    EXPECT_FALSE(cellOf.contains(QStringLiteral("stance/GEO"))); // no source: no cell
    const QJsonArray articles = sources.value(QLatin1String("corpus"))
                                    .toObject()
                                    .value(QLatin1String("articles"))
                                    .toArray();
    ASSERT_EQ(articles.size(), 1);
    EXPECT_TRUE(articles.first().toObject().value(QLatin1String("inComparison")).toBool());
}

TEST(ComparisonSourcesJson, WithoutWithSourcesNoSidecarIsWritten)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    const AppRun run = runApp(
        {QStringLiteral("--compare"), QStringLiteral("BLR,KAZ"), QStringLiteral("--out"), csv});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(csv));
    EXPECT_FALSE(QFile::exists(csv + QStringLiteral(".sources.json")));
}

TEST(ComparisonSourcesJson, AnExistingSidecarIsKeptWithoutForce)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    const QString sidecar =
        TestSupport::writeFile(dir, QStringLiteral("c.csv.sources.json"), "keep\n");
    const QStringList args{QStringLiteral("--compare"), QStringLiteral("BLR,KAZ"),
                           QStringLiteral("--out"), csv, QStringLiteral("--with-sources")};
    const AppRun refused = runApp(args);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(sidecar.toUtf8())) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(csv));
    const AppRun forced = runApp(args + QStringList{QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_TRUE(readJson(sidecar).contains(QLatin1String("rows")));
}

TEST(ComparisonSourcesJson, ASidecarThatCannotBeWrittenLeavesNoCsv)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("c.csv"));
    // A folder where the sidecar should go: it cannot be written, even with --force.
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("c.csv.sources.json")));
    const AppRun run =
        runApp({QStringLiteral("--compare"), QStringLiteral("BLR,KAZ"), QStringLiteral("--out"),
                csv, QStringLiteral("--with-sources"), QStringLiteral("--force")});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("c.csv.sources.json")) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(csv)); // both or neither
}
