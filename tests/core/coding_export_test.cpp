// Coding from the command line (--code, --uncode) and its exports: the codebook read back by
// --corpus, and the REFI-QDA archive whose selections, counted in Unicode characters, hold the
// quotes — on text with characters outside the Basic Multilingual Plane.
#include "app/export/qdpx_writer.h"
#include "test_support.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <gtest/gtest.h>

using TestSupport::AppRun;
using TestSupport::runApp;
using TestSupport::writeFile;

namespace {

// An article whose text has astral characters (emoji, a flag, mathematical bold) before and
// inside the words coded.
const QString kMoonText = QStringLiteral(
    "2 March 2022\n\n🌕🇺🇦 Kazakhstan abstained in the vote. 𝐁𝐨𝐥𝐝 words: Kazakhstan keeps a "
    "balanced 🙂 position.\n");
const QString kQuote = QStringLiteral("Kazakhstan keeps a balanced 🙂 position.");

struct CodingRun {
    QTemporaryDir dir;
    QString corpus = dir.filePath(QStringLiteral("corpus"));
    QString library = dir.filePath(QStringLiteral("library.sqlite"));
    CodingRun()
    {
        QDir().mkpath(corpus);
        QFile file(QDir(corpus).filePath(QStringLiteral("moon.txt")));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kMoonText.toUtf8());
    }
    AppRun run(QStringList arguments) const
    {
        arguments << QStringLiteral("--no-builtin") << QStringLiteral("--corpus") << corpus
                  << QStringLiteral("--library") << library;
        return runApp(arguments);
    }
    AppRun code(const QString &span, const QString &value, const QString &coder) const
    {
        return run({QStringLiteral("--code"), QStringLiteral("moon"), QStringLiteral("--span"),
                    span, QStringLiteral("--country"), QStringLiteral("KAZ"),
                    QStringLiteral("--dimension"), QStringLiteral("stance"),
                    QStringLiteral("--value"), value, QStringLiteral("--coder"), coder,
                    QStringLiteral("--memo"), QStringLiteral("said of itself 🙂")});
    }
};

QString quoteSpan()
{
    const qsizetype start = kMoonText.indexOf(kQuote);
    return QStringLiteral("%1:%2").arg(start).arg(start + kQuote.size());
}

QJsonArray claimsIn(const QByteArray &modelJson, const char *iso, const char *dimension)
{
    for (const QJsonValue &c :
         QJsonDocument::fromJson(modelJson).object().value(QLatin1String("countries")).toArray()) {
        if (c.toObject().value(QLatin1String("iso3")).toString() == QLatin1String(iso))
            return c.toObject()
                .value(QLatin1String("positions"))
                .toObject()
                .value(QLatin1String(dimension))
                .toObject()
                .value(QLatin1String("claims"))
                .toArray();
    }
    return {};
}

QByteArray unzipped(const QString &archive, const QString &name)
{
    QuaZip zip(archive);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

TEST(CodingCommands, CodesAClaimAndRefusesWhatCannotBeOne)
{
    CodingRun r;
    const AppRun added = r.code(quoteSpan(), QStringLiteral("balancing"), QStringLiteral("Ana"));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.startsWith("claim 1:")) << added.out.toStdString();
    const AppRun model = r.run({QStringLiteral("--export-model"), QStringLiteral("-")});
    const QJsonArray claims = claimsIn(model.out, "KAZ", "stance");
    ASSERT_EQ(claims.size(), 1);
    const QJsonObject c = claims.first().toObject();
    EXPECT_EQ(c.value(QLatin1String("quote")).toString(), kQuote);
    EXPECT_EQ(c.value(QLatin1String("coder")).toString(), QStringLiteral("Ana"));
    EXPECT_EQ(c.value(QLatin1String("memo")).toString(), QStringLiteral("said of itself 🙂"));
    EXPECT_FALSE(c.value(QLatin1String("coded")).toString().isEmpty());

    const AppRun twice = r.code(quoteSpan(), QStringLiteral("balancing"), QStringLiteral("Ben"));
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains("same claim exists already")) << twice.err.toStdString();
    const AppRun outside = r.code(QStringLiteral("10:%1").arg(kMoonText.size() + 1),
                                  QStringLiteral("balancing"), QStringLiteral("Ana"));
    EXPECT_EQ(outside.exitCode, 2);
    EXPECT_TRUE(outside.err.contains("outside the text")) << outside.err.toStdString();
    const AppRun badValue = r.code(quoteSpan(), QStringLiteral("sort_of"), QStringLiteral("Ana"));
    EXPECT_EQ(badValue.exitCode, 2);
    EXPECT_TRUE(badValue.err.contains("is not a value of stance")) << badValue.err.toStdString();
    // Offsets past 32 bits, or past what a number holds, are said as typed (not read as 0).
    for (const QString &huge :
         {QStringLiteral("4294967306:4294967316"), QStringLiteral("99999999999999999999:5")}) {
        const AppRun beyond = r.code(huge, QStringLiteral("balancing"), QStringLiteral("Ana"));
        EXPECT_EQ(beyond.exitCode, 2);
        EXPECT_TRUE(QString::fromUtf8(beyond.err)
                        .contains(huge + QStringLiteral(": the offsets are beyond")))
            << beyond.err.toStdString();
    }
    const AppRun noSpan = r.run({QStringLiteral("--code"), QStringLiteral("moon")});
    EXPECT_EQ(noSpan.exitCode, 2);
    EXPECT_TRUE(noSpan.err.contains("--span")) << noSpan.err.toStdString();

    const AppRun removed = r.run({QStringLiteral("--uncode"), QStringLiteral("1")});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(claimsIn(r.run({QStringLiteral("--export-model"), QStringLiteral("-")}).out, "KAZ",
                         "stance")
                    .isEmpty());
    const AppRun again = r.run({QStringLiteral("--uncode"), QStringLiteral("1")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains("no claim 1")) << again.err.toStdString();
}

TEST(CodingCommands, TheExportedCodebookIsReadBackByCorpus)
{
    CodingRun r;
    ASSERT_EQ(r.code(quoteSpan(), QStringLiteral("balancing"), QStringLiteral("Ana")).exitCode, 0);
    const QString codebook = QDir(r.corpus).filePath(QStringLiteral("codebook.json"));
    const AppRun exported = r.run({QStringLiteral("--export-codebook"), codebook,
                                   QStringLiteral("--coder"), QStringLiteral("Ana")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    // The folder alone, with a library of its own that holds nothing: the claim is the
    // codebook's now.
    QTemporaryDir other;
    const AppRun read =
        runApp({QStringLiteral("--no-builtin"), QStringLiteral("--corpus"), r.corpus,
                QStringLiteral("--library"), other.filePath(QStringLiteral("empty.sqlite")),
                QStringLiteral("--export-model"), QStringLiteral("-")});
    ASSERT_EQ(read.exitCode, 0) << read.err.toStdString();
    const QJsonArray claims = claimsIn(read.out, "KAZ", "stance");
    ASSERT_EQ(claims.size(), 1);
    const QJsonObject c = claims.first().toObject();
    EXPECT_EQ(c.value(QLatin1String("quote")).toString(), kQuote);
    EXPECT_EQ(c.value(QLatin1String("start")).toInt(), kMoonText.indexOf(kQuote));
    EXPECT_TRUE(c.value(QLatin1String("coder")).isNull()); // a codebook's claim is curated
    const AppRun nobody = r.run({QStringLiteral("--export-codebook"), QStringLiteral("-"),
                                 QStringLiteral("--coder"), QStringLiteral("Nobody")});
    EXPECT_EQ(nobody.exitCode, 1);
}

TEST(CodingCommands, TheQdpxSelectionsHoldTheQuotesCountedInUnicodeCharacters)
{
    CodingRun r;
    ASSERT_EQ(r.code(quoteSpan(), QStringLiteral("balancing"), QStringLiteral("Ana")).exitCode, 0);
    const QString archive = r.dir.filePath(QStringLiteral("project.qdpx"));
    const AppRun exported = r.run({QStringLiteral("--export-qdpx"), archive});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QByteArray project = unzipped(archive, QStringLiteral("project.qde"));
    ASSERT_FALSE(project.isEmpty());
    QXmlStreamReader xml(project);
    QString sourcePath, user, anaGuid, memoRef, memoGuid, memoText;
    int selections = 0;
    QStringList codes;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto attr = [&](const char *name) {
            return xml.attributes().value(QLatin1String(name)).toString();
        };
        if (xml.name() == QLatin1String("User") && attr("name") == QLatin1String("Ana"))
            anaGuid = attr("guid");
        else if (xml.name() == QLatin1String("Code"))
            codes.append(attr("name"));
        else if (xml.name() == QLatin1String("TextSource"))
            sourcePath = attr("plainTextPath");
        else if (xml.name() == QLatin1String("NoteRef"))
            memoRef = attr("targetGUID");
        else if (xml.name() == QLatin1String("Note"))
            memoGuid = attr("guid"),
            memoText = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("PlainTextSelection")) {
            ++selections;
            user = attr("creatingUser");
            ASSERT_TRUE(sourcePath.startsWith(QLatin1String("internal://")));
            const QString text = QString::fromUtf8(
                unzipped(archive, QStringLiteral("sources/") + sourcePath.mid(11)));
            EXPECT_EQ(text, kMoonText);
            // Positions in code points: the quote is the characters between them.
            const QList<uint> points = text.toUcs4();
            const qsizetype start = attr("startPosition").toLongLong();
            const qsizetype end = attr("endPosition").toLongLong();
            ASSERT_TRUE(start >= 0 && end <= points.size() && start < end);
            EXPECT_EQ(
                QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + start,
                                  end - start),
                kQuote);
            EXPECT_NE(start, kMoonText.indexOf(kQuote)); // astral characters come before it
        }
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(selections, 1);
    EXPECT_EQ(user, anaGuid);
    EXPECT_FALSE(anaGuid.isEmpty());
    EXPECT_TRUE(codes.contains(QStringLiteral("Stance on the invasion")));
    EXPECT_TRUE(codes.contains(QStringLiteral("Balancing")));
    EXPECT_TRUE(codes.contains(QStringLiteral("Kazakhstan")));
    EXPECT_EQ(memoRef, memoGuid);
    EXPECT_EQ(memoText.trimmed(), QStringLiteral("said of itself 🙂"));
}

TEST(QdpxWriter, CountsASurrogatePairAsOneCharacter)
{
    const QString text = QStringLiteral("a😀b𝐁c");
    EXPECT_EQ(QdpxWriter::codePoints(text, 0), 0);
    EXPECT_EQ(QdpxWriter::codePoints(text, 1), 1);
    EXPECT_EQ(QdpxWriter::codePoints(text, 3), 2); // after the emoji (two code units)
    EXPECT_EQ(QdpxWriter::codePoints(text, 4), 3);
    EXPECT_EQ(QdpxWriter::codePoints(text, text.size()), text.toUcs4().size());
}
