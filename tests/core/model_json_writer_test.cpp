#include "app/export/model_json_writer.h"
#include "test_support.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using TestSupport::builtinModel;

namespace {

QJsonObject countryJson(const QJsonObject &root, const QString &iso)
{
    for (const QJsonValue &c : root.value(QLatin1String("countries")).toArray()) {
        if (c[QLatin1String("iso3")].toString() == iso)
            return c.toObject();
    }
    return {};
}

// Empty when the two are equal, else where they first differ, with a little of each around it
// (a documents' line-by-line diff of megabytes would take gigabytes).
std::string firstDifference(const QByteArray &found, const QByteArray &expected)
{
    if (found == expected)
        return {};
    qsizetype at = 0;
    while (at < found.size() && at < expected.size() && found.at(at) == expected.at(at))
        ++at;
    const qsizetype from = std::max<qsizetype>(at - 60, 0);
    return QStringLiteral("sizes %1 and %2, first difference at byte %3:\n%4\n---\n%5")
        .arg(found.size())
        .arg(expected.size())
        .arg(at)
        .arg(QString::fromUtf8(found.mid(from, 120)), QString::fromUtf8(expected.mid(from, 120)))
        .toStdString();
}

} // namespace

TEST(ModelJsonWriter, HasTheShapeOfTheProductBrief)
{
    const QJsonObject root = ModelJsonWriter::toJson(*builtinModel());
    EXPECT_EQ(root.value(QLatin1String("schema")).toInt(), 1);
    const QJsonArray articles = root.value(QLatin1String("articles")).toArray();
    ASSERT_EQ(articles.size(), 5);
    for (const char *key : {"id", "file", "title", "publisher", "author", "published", "period",
                            "characters", "sentences"})
        EXPECT_TRUE(articles.at(0).toObject().contains(QLatin1String(key))) << key;
    EXPECT_TRUE(articles.at(0)[QLatin1String("published")].isNull()); // Belarus Digest: unknown day
    EXPECT_EQ(articles.at(4)[QLatin1String("published")].toString(), QStringLiteral("2022-03-31"));
    EXPECT_EQ(articles.at(1)[QLatin1String("period")][QLatin1String("from")].toString(),
              QStringLiteral("2022-02-21"));
    EXPECT_EQ(root.value(QLatin1String("countries")).toArray().size(), 15);
    EXPECT_TRUE(root.value(QLatin1String("problems")).isArray());
}

TEST(ModelJsonWriter, CountryCarriesPositionsMentionsAndEvents)
{
    const QJsonObject root = ModelJsonWriter::toJson(*builtinModel());
    const QJsonObject kaz = countryJson(root, QStringLiteral("KAZ"));
    EXPECT_EQ(kaz[QLatin1String("name")].toString(), QStringLiteral("Kazakhstan"));
    EXPECT_EQ(kaz[QLatin1String("region")].toString(), QStringLiteral("Central Asia"));
    const QJsonObject vote =
        kaz[QLatin1String("positions")][QLatin1String("unga_es11_1")].toObject();
    EXPECT_TRUE(vote[QLatin1String("conflict")].toBool());
    const QJsonArray claims = vote[QLatin1String("claims")].toArray();
    ASSERT_GE(claims.size(), 3);
    for (const char *key : {"value", "article", "quote", "start", "end"})
        EXPECT_TRUE(claims.at(0).toObject().contains(QLatin1String(key))) << key;
    EXPECT_EQ(
        kaz[QLatin1String("positions")][QLatin1String("stance")][QLatin1String("score")].toInt(-9),
        0);
    EXPECT_EQ(kaz[QLatin1String("mentions")][QLatin1String("shaw-belarus-kazakhstan")].toInt(), 6);
    const QJsonArray events = kaz[QLatin1String("events")].toArray();
    ASSERT_FALSE(events.isEmpty());
    const QJsonObject e = events.at(0).toObject();
    for (const char *key : {"date", "type", "article", "start", "end", "text", "countries"})
        EXPECT_TRUE(e.contains(QLatin1String(key))) << key;
    EXPECT_EQ(e[QLatin1String("date")].toString().size(), 10); // YYYY-MM-DD
}

TEST(ModelJsonWriter, OffsetsPointAtTheQuotedText)
{
    const auto model = builtinModel();
    const QJsonObject root = ModelJsonWriter::toJson(*model);
    const QJsonObject blr = countryJson(root, QStringLiteral("BLR"));
    for (const QJsonValue &event : blr[QLatin1String("events")].toArray()) {
        const Article *a = model->article(event[QLatin1String("article")].toString());
        const int start = event[QLatin1String("start")].toInt();
        const int end = event[QLatin1String("end")].toInt();
        EXPECT_EQ(a->text.mid(start, end - start), event[QLatin1String("text")].toString());
    }
}

TEST(ModelJsonWriter, ProblemsNameFileAndLine)
{
    DocumentModel model;
    model.problems = {{QStringLiteral("cb.json"), 7, QStringLiteral("quote not found")},
                      {QStringLiteral("x.txt"), 0, QStringLiteral("the file is empty")}};
    const QJsonArray problems =
        ModelJsonWriter::toJson(model).value(QLatin1String("problems")).toArray();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems.at(0)[QLatin1String("line")].toInt(), 7);
    EXPECT_FALSE(problems.at(1).toObject().contains(QLatin1String("line")));
}

TEST(ModelJsonWriter, WritesAtomicallyAndReportsUnwritablePaths)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("model.json"));
    QString error;
    ASSERT_TRUE(ModelJsonWriter::write(*builtinModel(), path, &error));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonParseError parse;
    QJsonDocument::fromJson(file.readAll(), &parse);
    EXPECT_EQ(parse.error, QJsonParseError::NoError);
    EXPECT_FALSE(
        ModelJsonWriter::write(*builtinModel(), QStringLiteral("/no/such/dir/m.json"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/no/such/dir/m.json")));
}

TEST(ModelJsonWriter, WritesIntoADeviceWithoutReplacingIt)
{
    QString error;
    EXPECT_TRUE(ModelJsonWriter::write(*builtinModel(), QStringLiteral("/dev/null"), &error))
        << error.toStdString();
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/null")).isFile()); // still the device
}

TEST(ModelJsonWriter, FullDeviceIsAnError)
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        GTEST_SKIP() << "no /dev/full here";
    QString error;
    EXPECT_FALSE(ModelJsonWriter::write(*builtinModel(), QStringLiteral("/dev/full"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/dev/full")));
    EXPECT_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());
}

// The export is streamed piece by piece (a big library's JSON is never held whole): it must
// read exactly as the whole document would, empty arrays and nested values included.
TEST(ModelJsonWriter, StreamsExactlyTheDocumentItDescribes)
{
    auto empty = std::make_shared<DocumentModel>();
    empty->gazetteer = builtinModel()->gazetteer;
    for (const DocumentModelPtr &model : {builtinModel(), DocumentModelPtr(empty)}) {
        QBuffer streamed;
        ASSERT_TRUE(streamed.open(QIODevice::WriteOnly));
        ASSERT_TRUE(ModelJsonWriter::writeTo(*model, streamed));
        const QByteArray whole =
            QJsonDocument(ModelJsonWriter::toJson(*model)).toJson(QJsonDocument::Indented);
        EXPECT_EQ(firstDifference(streamed.data(), whole), std::string());
    }
}

// A country's events are serialised on every core, a block of 4,096 at a time: with three
// blocks' worth, each event told apart by its type, the stream still reads as the whole
// document, every event in its place.
TEST(ModelJsonWriter, ACountrysManyEventsAreStreamedInTheirOrder)
{
    auto big = std::make_shared<DocumentModel>(*builtinModel());
    const QVector<Event> seed = builtinModel()->events;
    ASSERT_FALSE(seed.isEmpty());
    big->events.clear();
    for (int i = 0; big->events.size() < 3 * 4096 * 2; ++i) {
        Event e = seed.at(i % seed.size());
        e.type = QStringLiteral("type %1").arg(i);
        big->events.append(e);
    }
    big->makeIndexes();
    qsizetype most = 0;
    for (const Entity &e : big->gazetteer.entities())
        most = std::max(most, big->eventsOf(e.id).size());
    ASSERT_GT(most, 2 * 4096) << "one country has more than two blocks of events";

    QBuffer streamed;
    ASSERT_TRUE(streamed.open(QIODevice::WriteOnly));
    ASSERT_TRUE(ModelJsonWriter::writeTo(*big, streamed));
    const QByteArray whole =
        QJsonDocument(ModelJsonWriter::toJson(*big)).toJson(QJsonDocument::Indented);
    EXPECT_EQ(firstDifference(streamed.data(), whole), std::string());
}
