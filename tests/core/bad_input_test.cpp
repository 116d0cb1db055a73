// The catalogue of bad inputs (tests/data/bad/, plus the big ones generated here): every bad
// file is a problem naming the file, the line where it applies and what is wrong, and the rest
// of the corpus still loads.
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using TestSupport::writeFile;

namespace {

const QString kBad = QStringLiteral(PE_SOURCE_DIR "/tests/data/bad");

QByteArray readData(const QString &relative)
{
    QFile file(kBad + QLatin1Char('/') + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Copies the catalogue's articles (and their manifest) into dir.
void copyArticles(const QTemporaryDir &dir)
{
    const QDir source(kBad + QStringLiteral("/articles"));
    for (const QString &name : source.entryList(QDir::Files))
        QFile::copy(source.filePath(name), dir.filePath(name));
}

// The problems about one file (matched by the end of its path).
Problems problemsOf(const DocumentModel &model, const QString &file)
{
    Problems found;
    for (const Problem &p : model.problems) {
        if (p.file.endsWith(QLatin1Char('/') + file) || p.file == file)
            found.append(p);
    }
    return found;
}

::testing::AssertionResult hasProblem(const DocumentModel &model, const QString &file, int line,
                                      const QString &words)
{
    QStringList seen;
    for (const Problem &p : problemsOf(model, file)) {
        if (p.line == line && p.message.contains(words))
            return ::testing::AssertionSuccess();
        seen.append(p.toString());
    }
    return ::testing::AssertionFailure()
           << file.toStdString() << ":" << line << " \"" << words.toStdString()
           << "\" not among: " << seen.join(QStringLiteral(" | ")).toStdString();
}

QStringList loadedFiles(const DocumentModel &model)
{
    QStringList files;
    for (const Article &a : model.articles)
        files.append(a.file);
    files.sort();
    return files;
}

// A folder holding good.txt and `json` as `name` (manifest.json or codebook.json).
DocumentModelPtr buildWithJson(const QTemporaryDir &dir, const QString &name,
                               const QByteArray &json)
{
    writeFile(dir, QStringLiteral("good.txt"), readData(QStringLiteral("articles/good.txt")));
    writeFile(dir, name, json);
    return DocumentModelBuilder::build({false, {dir.path()}});
}

} // namespace

TEST(BadInput, EveryBadArticleIsAProblemAndTheRestLoads)
{
    QTemporaryDir dir;
    copyArticles(dir);
    // One 5 MB line (a pasted web page) and a 200 MB dump (sparse: no disk is spent on it).
    QByteArray line;
    while (line.size() < 5 * 1024 * 1024)
        line += "<td>On 2 March 2022 Kazakhstan abstained; Belarus voted against.</td> ";
    writeFile(dir, QStringLiteral("one-long-line.txt"), line);
    QFile huge(dir.filePath(QStringLiteral("dump-200mb.txt")));
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    ASSERT_TRUE(huge.resize(200LL * 1024 * 1024));
    huge.close();

    // The long line once took 14 minutes (dates matched against every date before them): its
    // time is measured by BM_LoadOneLongLine in bench/, not asserted here.
    const DocumentModelPtr model = DocumentModelBuilder::build({false, {dir.path()}});
    const DocumentModel &m = *model;

    EXPECT_EQ(loadedFiles(m),
              (QStringList{"cr.txt", "crlf.txt", "february-30.txt", "good.txt", "half-written.txt",
                           "one-long-line.txt", "utf16le-bom.txt"}));
    EXPECT_TRUE(hasProblem(m, "empty.txt", 0, "the file is empty"));
    EXPECT_TRUE(hasProblem(m, "whitespace.txt", 0, "only whitespace"));
    EXPECT_TRUE(hasProblem(m, "only-nul.txt", 0, "only NUL bytes"));
    EXPECT_TRUE(hasProblem(m, "renamed-pdf.txt", 6, "binary file"));
    EXPECT_TRUE(hasProblem(m, "nul-byte.txt", 3, "binary file, not text (a NUL byte"));
    EXPECT_TRUE(hasProblem(m, "half-written.txt", 10, "ends in 4096 NUL bytes"));
    EXPECT_TRUE(hasProblem(m, "windows-1251.txt", 1, "not valid UTF-8 (byte 0xcc"));
    EXPECT_TRUE(hasProblem(m, "windows-1251.txt", 1, "Windows-1251"));
    EXPECT_TRUE(hasProblem(m, "truncated-utf8.txt", 1, "ends in the middle of a character"));
    EXPECT_TRUE(hasProblem(m, "utf16-no-bom.txt", 0, "UTF-16 text without a byte order mark"));
    EXPECT_TRUE(hasProblem(m, "dump-200mb.txt", 0, "too large (200 MB"));
    EXPECT_TRUE(hasProblem(m, "february-30.txt", 6, "\"February 30, 2022\" is not a date"));
    EXPECT_TRUE(hasProblem(m, "february-30.txt", 7, "\"31 April\" is not a date"));
    EXPECT_TRUE(hasProblem(m, "manifest.json", 3, "\"published\" of good.txt is not a YYYY-MM-DD"));
    EXPECT_TRUE(hasProblem(m, "manifest.json", 4, "\"published\" of crlf.txt is not a YYYY-MM-DD"));
    EXPECT_TRUE(hasProblem(m, "manifest.json", 5, "\"period\" of cr.txt needs"));
    EXPECT_TRUE(hasProblem(m, "manifest.json", 6, "an entry has no \"file\""));
    QStringList all;
    for (const Problem &p : m.problems)
        all.append(p.toString());
    EXPECT_EQ(m.problems.size(), 16) << all.join(QLatin1Char('\n')).toStdString();
    for (const Problem &p : m.problems)
        EXPECT_TRUE(p.file.startsWith(dir.path())) << p.toString().toStdString();
}

TEST(BadInput, LineEndsAndUtf16ReadLikeTheSameArticleInUtf8)
{
    QTemporaryDir dir;
    copyArticles(dir);
    const DocumentModelPtr model = DocumentModelBuilder::build({false, {dir.path()}});
    const Article *good = model->article(QStringLiteral("good"));
    ASSERT_NE(good, nullptr);
    for (const char *id : {"crlf", "cr", "utf16le-bom"}) {
        const Article *a = model->article(QLatin1String(id));
        ASSERT_NE(a, nullptr) << id;
        EXPECT_EQ(a->paragraphs.size(), good->paragraphs.size()) << id;
        EXPECT_EQ(a->sentences.size(), good->sentences.size()) << id;
    }
    // Each names its country and dates its vote, whatever its line ends or encoding.
    for (const char *iso : {"KAZ", "ARM", "GEO", "MDA"}) {
        bool voted = false;
        for (const Event *e : model->eventsOf(QLatin1String(iso)))
            voted = voted || e->date.from == QDate(2022, 3, 2);
        EXPECT_TRUE(voted) << iso;
    }
}

TEST(BadInput, AProblemsLineIsSplitIntoItsFileLineAndWords)
{
    const QString file = QStringLiteral("/tmp/a: b.txt"); // a colon in the name too
    const Problem withLine{file, 3, QStringLiteral("the text is not valid UTF-8: here")};
    const Problem whole{file, 0, QStringLiteral("is empty")};
    for (const Problem &p : {withLine, whole}) {
        const Problem read = Problem::fromLine(file, p.toString());
        EXPECT_EQ(read.file, p.file);
        EXPECT_EQ(read.line, p.line);
        EXPECT_EQ(read.message, p.message);
    }
    // A line about another file, or in no such form, is the message whole.
    const QString other = QStringLiteral("/tmp/other.txt: is empty");
    EXPECT_EQ(Problem::fromLine(file, other).message, other);
    EXPECT_EQ(Problem::fromLine(file, other).line, 0);
}

TEST(BadInput, BrokenManifestsAreProblemsAndTheArticleStillLoads)
{
    struct Case {
        const char *file;
        int line;
        const char *words;
    };
    const Case cases[] = {
        {"manifest-truncated.json", 3, "not valid JSON"},
        {"manifest-not-object.json", 1, "is not a JSON object; the manifest is ignored"},
        {"manifest-no-articles.json", 0, "has no \"articles\" list"},
        {"manifest-wrong-types.json", 3, "an entry has no \"file\""},
        {"manifest-wrong-types.json", 4, "an entry has no \"file\""},
        {"manifest-wrong-types.json", 5, "\"published\" of good.txt is not a YYYY-MM-DD"},
    };
    for (const Case &c : cases) {
        QTemporaryDir dir;
        const auto model = buildWithJson(dir, QStringLiteral("manifest.json"),
                                         readData(QStringLiteral("json/") + c.file));
        EXPECT_EQ(loadedFiles(*model), QStringList{"good.txt"}) << c.file;
        EXPECT_TRUE(hasProblem(*model, "manifest.json", c.line, c.words)) << c.file;
    }
}

TEST(BadInput, DeeplyNestedJsonIsAProblemNotACrash)
{
    const QByteArray nested = QByteArray(100000, '[') + QByteArray(100000, ']');
    const QByteArray nestedObject = "{\"articles\": " + nested + "}";
    for (const char *name : {"manifest.json", "codebook.json"}) {
        for (const QByteArray &json : {nested, nestedObject}) {
            QTemporaryDir dir;
            const auto model = buildWithJson(dir, QLatin1String(name), json);
            EXPECT_EQ(loadedFiles(*model), QStringList{"good.txt"}) << name;
            EXPECT_TRUE(hasProblem(*model, QLatin1String(name), 1, "not valid JSON")) << name;
        }
    }
}

TEST(BadInput, CodebookEntriesThatCannotBeUsedAreProblemsWithTheirLines)
{
    QTemporaryDir dir;
    const auto model = buildWithJson(dir, QStringLiteral("codebook.json"),
                                     readData(QStringLiteral("json/codebook-unknowns.json")));
    const DocumentModel &m = *model;
    EXPECT_TRUE(hasProblem(m, "codebook.json", 3, "unknown country \"XXX\""));
    EXPECT_TRUE(hasProblem(m, "codebook.json", 4, "unknown dimension \"mood\""));
    EXPECT_TRUE(hasProblem(m, "codebook.json", 5, "\"furious\" is not a value of stance"));
    EXPECT_TRUE(hasProblem(m, "codebook.json", 6, "cites article \"nowhere\""));
    EXPECT_TRUE(hasProblem(m, "codebook.json", 7, "quote not found"));
    ASSERT_EQ(m.claims.size(), 1); // the one good claim is kept
    EXPECT_EQ(m.claims.first().line, 8);
    EXPECT_EQ(TestSupport::position(m, "KAZ", "unga_es11_1")->value, QStringLiteral("abstain"));
}

TEST(BadInput, BrokenCodebooksAreProblemsAndTheCorpusStillLoads)
{
    const std::pair<const char *, const char *> cases[] = {
        {"codebook-truncated.json", "not valid JSON"},
        {"codebook-wrong-types.json", "has no \"claims\" list"},
    };
    for (const auto &[file, words] : cases) {
        QTemporaryDir dir;
        const auto model = buildWithJson(dir, QStringLiteral("codebook.json"),
                                         readData(QStringLiteral("json/") + file));
        EXPECT_EQ(loadedFiles(*model), QStringList{"good.txt"}) << file;
        EXPECT_TRUE(model->claims.isEmpty());
        bool found = false;
        for (const Problem &p : problemsOf(*model, QStringLiteral("codebook.json")))
            found = found || p.message.contains(QLatin1String(words));
        EXPECT_TRUE(found) << file;
    }
}

TEST(BadInput, OversizedManifestAndCodebookAreRefusedUnread)
{
    for (const char *name : {"manifest.json", "codebook.json"}) {
        QTemporaryDir dir;
        writeFile(dir, QStringLiteral("good.txt"), readData(QStringLiteral("articles/good.txt")));
        QFile big(dir.filePath(QLatin1String(name)));
        ASSERT_TRUE(big.open(QIODevice::WriteOnly));
        ASSERT_TRUE(big.resize(200LL * 1024 * 1024));
        big.close();
        // Refused from its size on disk (BM_RefuseOversizedJson in bench/ measures how fast).
        const auto model = DocumentModelBuilder::build({false, {dir.path()}});
        EXPECT_EQ(loadedFiles(*model), QStringList{"good.txt"});
        EXPECT_TRUE(hasProblem(*model, QLatin1String(name), 0, "too large (200 MB")) << name;
    }
}
