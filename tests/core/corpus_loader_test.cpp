#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "app/extract/event_extractor.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

#include <gtest/gtest.h>

using TestSupport::writeFile;

namespace {

const QByteArray kArticle =
    "A new look at Moldova\n\nBy Jane Analyst\n\n12 April 2022\n\n"
    "On April 10, Moldova asked the EU for help with refugees. Kazakhstan stayed neutral.\n";

bool hasProblem(const Problems &problems, const QString &file, const QString &words)
{
    for (const Problem &p : problems) {
        if (p.file.endsWith(QLatin1Char('/') + file) && p.message.contains(words))
            return true;
    }
    return false;
}

} // namespace

TEST(CorpusLoader, LoadsTheBuiltinCorpusByteForByte)
{
    const auto model = TestSupport::builtinModel();
    ASSERT_EQ(model->articles.size(), 5);
    EXPECT_TRUE(model->problems.isEmpty());
    for (const Article &a : model->articles) {
        QFile original(QStringLiteral(PE_SOURCE_DIR "/resources/corpus/") + a.file);
        ASSERT_TRUE(original.open(QIODevice::ReadOnly));
        EXPECT_EQ(a.text.toString().toUtf8(), original.readAll()) << a.file.toStdString();
        EXPECT_TRUE(a.builtin);
    }
    const Article *gfsis = model->article(QStringLiteral("gfsis-50-post-soviet"));
    EXPECT_EQ(gfsis->meta.author, QStringLiteral("Mamuka Komakhia"));
    EXPECT_EQ(gfsis->meta.period.from, QDate(2022, 2, 21));
    EXPECT_EQ(gfsis->meta.period.to, QDate(2022, 3, 3));
    EXPECT_FALSE(gfsis->meta.published.isValid());
    EXPECT_EQ(model->article(QStringLiteral("shaw-belarus-kazakhstan"))->meta.published,
              QDate(2022, 3, 31));
}

TEST(CorpusLoader, BadFilesBecomeProblemsWhileTheRestLoads)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("good.txt"), kArticle);
    writeFile(dir, QStringLiteral("empty.txt"), QByteArray());
    writeFile(dir, QStringLiteral("binary.txt"),
              QByteArray("\x7F"
                         "ELF\x02\x01\x01\0\0\0\0",
                         12));
    writeFile(dir, QStringLiteral("cp1251.txt"), "\xC1\xE5\xEB\xE0\xF0\xF3\xF1\xFC is Belarus\n");
    QFile huge(dir.filePath(QStringLiteral("huge.txt")));
    ASSERT_TRUE(huge.open(QIODevice::WriteOnly));
    ASSERT_TRUE(huge.resize(50LL * 1024 * 1024));
    huge.close();

    const auto model = DocumentModelBuilder::build({true, {dir.path()}});
    EXPECT_EQ(model->articles.size(), 6);
    EXPECT_NE(model->article(QStringLiteral("good")), nullptr);
    EXPECT_TRUE(hasProblem(model->problems, QStringLiteral("empty.txt"), QStringLiteral("empty")));
    EXPECT_TRUE(
        hasProblem(model->problems, QStringLiteral("binary.txt"), QStringLiteral("binary")));
    EXPECT_TRUE(hasProblem(model->problems, QStringLiteral("cp1251.txt"), QStringLiteral("UTF-8")));
    EXPECT_TRUE(
        hasProblem(model->problems, QStringLiteral("huge.txt"), QStringLiteral("too large")));
    EXPECT_EQ(model->problems.size(), 4);
}

TEST(CorpusLoader, UnannotatedArticleGetsDetectedMetadataAndExtraction)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("moldova.md"), kArticle);
    const auto model = DocumentModelBuilder::build({false, {dir.path()}});
    ASSERT_EQ(model->articles.size(), 1);
    const Article &a = model->articles.first();
    EXPECT_EQ(a.id, QStringLiteral("moldova"));
    EXPECT_EQ(a.meta.title, QStringLiteral("A new look at Moldova"));
    EXPECT_EQ(a.meta.author, QStringLiteral("Jane Analyst"));
    EXPECT_EQ(a.meta.published, QDate(2022, 4, 12));
    EXPECT_EQ(model->mentionCount(QStringLiteral("MDA"), 0), 2);
    const auto events = model->eventsOf(QStringLiteral("MDA"));
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.first()->date.from, QDate(2022, 4, 10));
    EXPECT_EQ(events.first()->type, QStringLiteral("humanitarian"));
}

TEST(CorpusLoader, FolderManifestAndCodebookAreRead)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("moldova.txt"), kArticle);
    writeFile(
        dir, QStringLiteral("manifest.json"),
        "{\"articles\": [{\"file\": \"moldova.txt\", \"id\": \"my-moldova\", \"title\": \"Mine\", "
        "\"publisher\": \"Me\", \"published\": \"2022-04-13\"}]}");
    writeFile(dir, QStringLiteral("codebook.json"),
              "{\"claims\": [\n{\"country\": \"MDA\", \"dimension\": \"humanitarian_aid\", "
              "\"value\": \"yes\", "
              "\"article\": \"my-moldova\", \"quote\": \"asked the EU for help with refugees\"},\n"
              "{\"country\": \"KAZ\", \"dimension\": \"stance\", \"value\": \"balancing\", "
              "\"article\": \"my-moldova\", \"quote\": \"Kazakhstan stayed calm\"}\n]}");
    const auto model = DocumentModelBuilder::build({false, {dir.path()}});
    ASSERT_EQ(model->articles.size(), 1);
    EXPECT_EQ(model->articles.first().id, QStringLiteral("my-moldova"));
    EXPECT_EQ(model->articles.first().meta.title, QStringLiteral("Mine"));
    EXPECT_EQ(model->articles.first().meta.published, QDate(2022, 4, 13));
    ASSERT_NE(model->position(QStringLiteral("MDA"), QStringLiteral("humanitarian_aid")), nullptr);
    ASSERT_EQ(model->problems.size(), 1);
    EXPECT_EQ(model->problems.first().line, 3);
    EXPECT_TRUE(model->problems.first().file.endsWith(QStringLiteral("codebook.json")));
}

TEST(CorpusLoader, MalformedManifestIsAProblemAndArticlesStillLoad)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("moldova.txt"), kArticle);
    writeFile(dir, QStringLiteral("manifest.json"),
              "{\"articles\": [\n{\"file\": \"moldova.txt\"\n");
    const auto model = DocumentModelBuilder::build({false, {dir.path()}});
    EXPECT_EQ(model->articles.size(), 1);
    ASSERT_EQ(model->problems.size(), 1);
    EXPECT_TRUE(model->problems.first().message.contains(QStringLiteral("not valid JSON")));
}

TEST(CorpusLoader, SameFileNameTwiceGetsDistinctIds)
{
    QTemporaryDir one, two;
    writeFile(one, QStringLiteral("note.txt"), kArticle);
    writeFile(two, QStringLiteral("note.txt"), kArticle + "Another line about Armenia.\n");
    const auto model = DocumentModelBuilder::build({false, {one.path(), two.path()}});
    ASSERT_EQ(model->articles.size(), 2);
    EXPECT_EQ(model->articles[0].id, QStringLiteral("note"));
    EXPECT_EQ(model->articles[1].id, QStringLiteral("note-2"));
}

TEST(CorpusLoader, TheSameTextTwiceIsLoadedOnceWithAProblem)
{
    QTemporaryDir dir;
    QFile seed(QStringLiteral(PE_SOURCE_DIR "/resources/corpus/004_489058616719383a.txt"));
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    writeFile(dir, QStringLiteral("copy.txt"), seed.readAll());
    const auto model = DocumentModelBuilder::build({true, {dir.path()}});
    EXPECT_EQ(model->articles.size(), 5);
    ASSERT_EQ(model->problems.size(), 1);
    EXPECT_TRUE(model->problems[0].file.endsWith(QStringLiteral("/copy.txt")));
    EXPECT_TRUE(model->problems[0].message.contains(QStringLiteral("004_489058616719383a.txt")));
}

TEST(CorpusLoader, AFoldersCodebookCitesItsOwnArticles)
{
    QTemporaryDir one, two;
    writeFile(one, QStringLiteral("mine.txt"), kArticle);
    writeFile(two, QStringLiteral("mine.txt"), "Armenia abstained on 2 March 2022 at the UN.\n");
    writeFile(two, QStringLiteral("codebook.json"),
              "{\"claims\": [{\"country\": \"ARM\", \"dimension\": \"unga_es11_1\", \"value\": "
              "\"abstain\", "
              "\"article\": \"mine\", \"quote\": \"Armenia abstained\"}]}");
    const auto model = DocumentModelBuilder::build({false, {one.path(), two.path()}});
    EXPECT_TRUE(model->problems.isEmpty()) << model->problems.value(0).toString().toStdString();
    const Position *vote = model->position(QStringLiteral("ARM"), QStringLiteral("unga_es11_1"));
    ASSERT_NE(vote, nullptr);
    EXPECT_EQ(vote->claims.first().article, QStringLiteral("mine-2"));
}

// No year in the text, none in a manifest: the gazetteer's reference year (2022 in
// resources/gazetteer.json) dates the events, marked assumed, and the user is told.
TEST(CorpusLoader, ArticleWithoutAnyYearTakesTheReferenceYearMarkedAssumed)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("undated.txt"),
              "Talks\n\nOn March 5, Armenia and Russia held talks.\n");
    const auto model = DocumentModelBuilder::build({false, {dir.path()}});
    ASSERT_EQ(model->events.size(), 1);
    EXPECT_EQ(model->events.first().date.from, QDate(2022, 3, 5));
    EXPECT_TRUE(model->events.first().yearAssumed);
    ASSERT_EQ(model->problems.size(), 1);
    EXPECT_TRUE(model->problems[0].message.contains(QStringLiteral("without a year")));
    EXPECT_TRUE(model->problems[0].message.contains(QStringLiteral("year assumed")));
}

// A year the text gives elsewhere dates the days that give none; it is not assumed.
TEST(CorpusLoader, AnArticleWithoutMetadataTakesTheYearOfItsNearestDatedSentence)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("dated-inside.txt"),
              "Talks\n\nArmenia joined the talks of 2 March 2021. On March 5, Armenia and "
              "Russia held talks.\n");
    const auto model = DocumentModelBuilder::build({false, {dir.path()}});
    QVector<QDate> dates;
    for (const Event &e : model->events) {
        dates.append(e.date.from);
        EXPECT_FALSE(e.yearAssumed);
    }
    EXPECT_EQ(dates, (QVector<QDate>{QDate(2021, 3, 2), QDate(2021, 3, 5)}));
    EXPECT_TRUE(model->problems.isEmpty());
}

// Without a reference year either, undated days are skipped, and the user told so.
TEST(CorpusLoader, ArticleWithoutAnyYearAndNoReferenceYearSkipsItsEvents)
{
    Problems problems;
    const Gazetteer gazetteer = Gazetteer::parse(
        "{\"entities\": [{\"id\": \"ARM\", \"kind\": \"country\", \"name\": \"Armenia\", "
        "\"terms\": {\"name\": [\"Armenia\"]}}]}",
        QStringLiteral("g.json"), &problems);
    ASSERT_TRUE(problems.isEmpty());
    EXPECT_EQ(gazetteer.referenceYear(), 0);
    Article article =
        TestSupport::articleFromText(QStringLiteral("On March 5, Armenia held talks."));
    const EventClassifier classifier = EventClassifier::builtin(&problems);
    const QVector<Event> events = EventExtractor(gazetteer, classifier)
                                      .extract(article, MentionFinder(gazetteer).find(article));
    EXPECT_TRUE(events.isEmpty());
}

TEST(CorpusLoader, TakesTheYearTheTextNamesMostForUndatedDays)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("y.txt"),
              "Review of March 2022\n\nOn March 5, Armenia and Russia held talks.\n");
    const auto model = DocumentModelBuilder::build({false, {dir.path()}});
    ASSERT_EQ(model->events.size(), 1);
    EXPECT_EQ(model->events[0].date.from, QDate(2022, 3, 5));
}

// A file of the folder that cannot be read is not passed over in silence: the problem names it,
// and the rest loads.
TEST(CorpusLoader, AFileThatCannotBeReadIsAProblemNamingIt)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "run as root: file permissions do not stop root from reading";
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("good.txt"), kArticle);
    const QString locked = writeFile(dir, QStringLiteral("locked.txt"), kArticle + "More.\n");
    ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::WriteOwner));
    const auto model = DocumentModelBuilder::build(CorpusOptions(false, {dir.path()}));
    EXPECT_EQ(model->articles.size(), 1);
    EXPECT_TRUE(hasProblem(model->problems, QStringLiteral("locked.txt"),
                           QStringLiteral("cannot be read")));
}

TEST(CorpusLoader, MissingOrEmptyFolderIsAProblem)
{
    QTemporaryDir empty;
    const auto model =
        DocumentModelBuilder::build({true, {QStringLiteral("/no/such/folder"), empty.path()}});
    EXPECT_EQ(model->articles.size(), 5);
    ASSERT_EQ(model->problems.size(), 2);
    EXPECT_EQ(model->problems[0].file, QStringLiteral("/no/such/folder"));
    EXPECT_EQ(model->problems[0].message, QStringLiteral("no such folder"));
    EXPECT_TRUE(model->problems[1].message.contains(QStringLiteral("no .txt or .md")));
}

TEST(CorpusLoader, BadPeriodAndDoubleEntriesInAManifestAreProblems)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("moldova.txt"), kArticle);
    writeFile(
        dir, QStringLiteral("manifest.json"),
        "{\"articles\": [\n{\"file\": \"moldova.txt\", \"period\": {\"from\": \"2022-02-21\"}},\n"
        "{\"file\": \"moldova.txt\", \"title\": \"Second\"}\n]}");
    const auto model = DocumentModelBuilder::build({false, {dir.path()}});
    ASSERT_EQ(model->articles.size(), 1);
    EXPECT_EQ(model->articles.first().meta.title, QStringLiteral("Second"));
    ASSERT_EQ(model->problems.size(), 2);
    EXPECT_EQ(model->problems[0].line, 2);
    EXPECT_TRUE(model->problems[0].message.contains(QStringLiteral("\"period\"")));
    EXPECT_EQ(model->problems[1].line, 3);
    EXPECT_TRUE(model->problems[1].message.contains(QStringLiteral("twice")));
}

TEST(CorpusLoader, TheSameFolderTwiceIsReadOnce)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("moldova.txt"), kArticle);
    writeFile(dir, QStringLiteral("codebook.json"),
              "{\"claims\": [{\"country\": \"MDA\", \"dimension\": \"humanitarian_aid\", "
              "\"value\": \"yes\", "
              "\"article\": \"moldova\", \"quote\": \"help with refugees\"}]}");
    const auto model =
        DocumentModelBuilder::build({false, {dir.path(), dir.path() + QStringLiteral("/.")}});
    EXPECT_EQ(model->articles.size(), 1);
    EXPECT_EQ(model->claims.size(), 1);
    EXPECT_TRUE(model->problems.isEmpty());
}

TEST(CorpusLoader, AnArticleIsShownByTheFileAUserFindsIt)
{
    QTemporaryDir dir;
    writeFile(dir, QStringLiteral("moldova.txt"), kArticle);
    const auto model = DocumentModelBuilder::build({true, {dir.path()}});
    const Article *builtin = model->article(QStringLiteral("bd-war-at-the-door"));
    ASSERT_NE(builtin, nullptr);
    EXPECT_EQ(builtin->shownPath(), QStringLiteral("000_ed546cd82ae589fc.txt")); // no ":/" path
    const Article &mine = model->articles.last();
    EXPECT_EQ(mine.file, QStringLiteral("moldova.txt"));
    EXPECT_EQ(mine.shownPath(), QDir(dir.path()).filePath(QStringLiteral("moldova.txt")));
    EXPECT_TRUE(QFile::exists(mine.shownPath()));
}

TEST(ArticleMetadata, FillsOnlyItsBlanksAndKeepsGivenDatesWhenAsked)
{
    ArticleMetadata given;
    given.title = QStringLiteral("Mine");
    ArticleMetadata detected;
    detected.title = QStringLiteral("Detected title");
    detected.author = QStringLiteral("Jane Analyst");
    detected.published = QDate(2022, 3, 3);
    ArticleMetadata filled = given;
    filled.fillBlanksFrom(detected);
    EXPECT_EQ(filled.title, QStringLiteral("Mine"));
    EXPECT_EQ(filled.author, QStringLiteral("Jane Analyst"));
    EXPECT_EQ(filled.published, QDate(2022, 3, 3));
    ArticleMetadata kept = given;
    kept.fillBlanksFrom(detected, true);
    EXPECT_EQ(kept.author, QStringLiteral("Jane Analyst"));
    EXPECT_FALSE(kept.published.isValid()); // "unknown" stays unknown
}
