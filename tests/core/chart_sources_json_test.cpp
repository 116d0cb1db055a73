// The sources sidecar of an exported chart: it parses, names the chart, its countries and the
// corpus, and every quote in it is found in the article files at its offsets.
#include "app/codebook/quote_locator.h"
#include "app/export/chart_sources_json.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using TestSupport::AppRun;
using TestSupport::runApp;

namespace {

// The text of a built-in article, read from the resource folder as captured, not through
// the app.
QString articleFile(const QString &file)
{
    QFile f(QDir(QStringLiteral(PE_SOURCE_DIR "/resources/corpus")).filePath(file));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
    return QString::fromUtf8(f.readAll());
}

QJsonObject exportWithSources(const QTemporaryDir &dir, const QStringList &extra)
{
    const QString out = dir.filePath(QStringLiteral("chart.png"));
    const AppRun run =
        runApp(QStringList{QStringLiteral("--export-chart")} + extra +
               QStringList{QStringLiteral("--out"), out, QStringLiteral("--with-sources")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    QFile sidecar(out + QStringLiteral(".sources.json"));
    EXPECT_TRUE(sidecar.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(sidecar.readAll(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object();
}

} // namespace

TEST(ChartSourcesJson, TheSidecarSitsBesideTheImage)
{
    EXPECT_EQ(ChartSourcesJson::pathFor(QStringLiteral("out/stance.png")),
              QStringLiteral("out/stance.png.sources.json"));
}

TEST(ChartSourcesJson, QuotesAreFoundInTheArticleFilesAtTheirOffsets)
{
    QTemporaryDir dir;
    const QJsonObject sources = exportWithSources(
        dir, {QStringLiteral("unga-votes"), QStringLiteral("--country"), QStringLiteral("KAZ")});
    EXPECT_EQ(sources.value(QLatin1String("chart")).toObject().value(QLatin1String("id")),
              QStringLiteral("unga-votes"));
    const QJsonArray countries = sources.value(QLatin1String("countries")).toArray();
    ASSERT_EQ(countries.size(), 1);
    EXPECT_EQ(countries.at(0).toObject().value(QLatin1String("iso3")), QStringLiteral("KAZ"));

    QHash<QString, QString> texts; // article id → the text of its file
    const QJsonArray articles = sources.value(QLatin1String("corpus"))
                                    .toObject()
                                    .value(QLatin1String("articles"))
                                    .toArray();
    ASSERT_EQ(articles.size(), 5);
    for (const QJsonValue &value : articles) {
        const QJsonObject a = value.toObject();
        const QString text = articleFile(a.value(QLatin1String("file")).toString());
        texts.insert(a.value(QLatin1String("id")).toString(), text);
        EXPECT_EQ(a.value(QLatin1String("sha256")).toString().toLatin1(),
                  QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
        EXPECT_FALSE(a.value(QLatin1String("title")).toString().isEmpty());
        EXPECT_TRUE(a.contains(QLatin1String("publisher")));
        EXPECT_TRUE(a.contains(QLatin1String("url")));
    }

    int quotes = 0;
    bool bothSides = false;
    for (const QJsonValue &markValue : sources.value(QLatin1String("marks")).toArray()) {
        const QJsonObject mark = markValue.toObject();
        QStringList values;
        for (const QJsonValue &refValue : mark.value(QLatin1String("evidence")).toArray()) {
            const QJsonObject ref = refValue.toObject();
            const QString text = texts.value(ref.value(QLatin1String("article")).toString());
            const qsizetype start = ref.value(QLatin1String("start")).toInteger();
            const qsizetype end = ref.value(QLatin1String("end")).toInteger();
            ASSERT_LE(end, text.size());
            EXPECT_EQ(text.mid(start, end - start), ref.value(QLatin1String("text")).toString());
            EXPECT_EQ(QuoteLocator::normalise(text.mid(start, end - start)),
                      QuoteLocator::normalise(ref.value(QLatin1String("quote")).toString()));
            EXPECT_FALSE(ref.value(QLatin1String("dated")).isNull());
            values.append(ref.value(QLatin1String("value")).toString());
            ++quotes;
        }
        if (mark.value(QLatin1String("category")) == QLatin1String("Kazakhstan") &&
            mark.value(QLatin1String("detail")).toString().contains(QLatin1String("2 March")))
            bothSides = values.contains(QLatin1String("abstain")) &&
                        values.contains(QLatin1String("absent"));
    }
    EXPECT_GT(quotes, 20);
    EXPECT_TRUE(bothSides);
}

TEST(ChartSourcesJson, TimelineMarksCarryTheirEventsAndDates)
{
    QTemporaryDir dir;
    const QJsonObject sources = exportWithSources(
        dir, {QStringLiteral("timeline"), QStringLiteral("--country"), QStringLiteral("BLR")});
    const QJsonArray marks = sources.value(QLatin1String("marks")).toArray();
    ASSERT_FALSE(marks.isEmpty());
    for (const QJsonValue &value : marks) {
        const QJsonObject mark = value.toObject();
        EXPECT_FALSE(mark.value(QLatin1String("date")).toString().isEmpty());
        const QJsonArray evidence = mark.value(QLatin1String("evidence")).toArray();
        ASSERT_GE(evidence.size(), 1);
        for (const QJsonValue &ref : evidence)
            EXPECT_EQ(ref.toObject().value(QLatin1String("kind")), QStringLiteral("event"));
    }
}

TEST(ChartSourcesJson, AnExistingSidecarNeedsForce)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("votes.png"));
    TestSupport::writeFile(dir, QStringLiteral("votes.png.sources.json"), "{}");
    const QStringList args{QStringLiteral("--export-chart"), QStringLiteral("unga-votes"),
                           QStringLiteral("--out"), out, QStringLiteral("--with-sources")};
    const AppRun refused = runApp(args);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains("votes.png.sources.json exists; add --force"))
        << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(out)); // nothing written
    const AppRun forced = runApp(args + QStringList{QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    QFile sidecar(out + QStringLiteral(".sources.json"));
    ASSERT_TRUE(sidecar.open(QIODevice::ReadOnly));
    EXPECT_TRUE(
        QJsonDocument::fromJson(sidecar.readAll()).object().contains(QLatin1String("marks")));
}

TEST(ChartSourcesJson, WithSourcesGoesWithAChartOrAComparisonWrittenToAFile)
{
    for (const QStringList &args :
         {QStringList{QStringLiteral("--summary"), QStringLiteral("--with-sources")},
          QStringList{QStringLiteral("--list-charts"), QStringLiteral("--with-sources")},
          QStringList{QStringLiteral("--compare"), QStringLiteral("BLR,KAZ"),
                      QStringLiteral("--out"), QStringLiteral("-"),
                      QStringLiteral("--with-sources")}}) {
        const AppRun run = runApp(args);
        EXPECT_EQ(run.exitCode, 2) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(run.err.contains("--with-sources")) << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
    }
}

TEST(ChartSourcesJson, ASidecarThatCannotBeWrittenLeavesNoImage)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("d.png"));
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("d.png.sources.json")));
    const AppRun run = runApp({QStringLiteral("--export-chart"), QStringLiteral("unga-votes"),
                               QStringLiteral("--out"), out, QStringLiteral("--with-sources"),
                               QStringLiteral("--force")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("d.png.sources.json: is a folder")) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST(ChartSourcesJson, AChartWithNothingToShowWritesNeitherFile)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("parties.png"));
    const AppRun run = runApp({QStringLiteral("--export-chart"), QStringLiteral("comparison"),
                               QStringLiteral("--country"), QStringLiteral("UKR,RUS"),
                               QStringLiteral("--out"), out, QStringLiteral("--with-sources")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains("nothing to show")) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".sources.json")));
}

TEST(ChartSourcesJson, WithoutTheFlagNoSidecarIsWritten)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("stance.svg"));
    const AppRun run = runApp({QStringLiteral("--export-chart"), QStringLiteral("stance-overview"),
                               QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_FALSE(QFile::exists(out + QStringLiteral(".sources.json")));
}
