// The extractions the library keeps: a record gives back exactly what extraction found, a
// record that does not fit is refused, and re-opening the library extracts only the articles
// that changed — with the same model as a build that extracts everything.
#include "app/corpus/boilerplate_rules.h"
#include "app/export/model_json_writer.h"
#include "app/extract/article_extraction.h"
#include "app/extract/event_classifier.h"
#include "app/library/extraction_cache.h"
#include "app/library/library_import.h"
#include "app/model/document_model_builder.h"
#include "app/model/extraction_pass.h"
#include "test_support.h"

#include <QDataStream>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using TestSupport::writeFile;

namespace {

struct Extraction {
    Problems problems;
    Gazetteer gazetteer = Gazetteer::builtin(&problems);
    EventClassifier classifier = EventClassifier::builtin(&problems);
    MentionFinder finder{gazetteer};
    EventExtractor extractor{gazetteer, classifier};
    ArticleExtraction of(const Article &a) const
    {
        return ArticleExtraction::of(a, finder, extractor, gazetteer.referenceYear());
    }
};

void expectSame(const ArticleExtraction &a, const ArticleExtraction &b)
{
    ASSERT_EQ(a.mentions.size(), b.mentions.size());
    for (qsizetype i = 0; i < a.mentions.size(); ++i) {
        EXPECT_EQ(a.mentions[i].span.start, b.mentions[i].span.start);
        EXPECT_EQ(a.mentions[i].span.end, b.mentions[i].span.end);
        EXPECT_EQ(a.mentions[i].entity(), b.mentions[i].entity());
        EXPECT_EQ(a.mentions[i].category(), b.mentions[i].category());
        EXPECT_EQ(a.mentions[i].sentence, b.mentions[i].sentence);
    }
    ASSERT_EQ(a.events.size(), b.events.size());
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        const Event &x = a.events[i];
        const Event &y = b.events[i];
        EXPECT_EQ(x.date.from, y.date.from);
        EXPECT_EQ(x.date.to, y.date.to);
        EXPECT_EQ(x.precision, y.precision);
        EXPECT_EQ(x.yearAssumed, y.yearAssumed);
        EXPECT_EQ(x.type, y.type);
        EXPECT_EQ(x.article, y.article);
        EXPECT_EQ(x.sentence, y.sentence);
        EXPECT_EQ(x.span.start, y.span.start);
        EXPECT_EQ(x.span.end, y.span.end);
        EXPECT_EQ(x.countries, y.countries);
    }
    const auto lines = [](const Problems &problems) {
        QStringList result;
        for (const Problem &p : problems)
            result.append(p.toString());
        return result;
    };
    EXPECT_EQ(lines(a.undatedYear), lines(b.undatedYear));
    EXPECT_EQ(lines(a.impossibleDates), lines(b.impossibleDates));
}

// Articles with countries, dates, an impossible date and no year, to give every field a value.
const char *const kTexts[] = {
    "Kazakhstan and the vote\n\n3 March 2022\n\nOn March 2, Kazakhstan abstained in the "
    "General Assembly. On 4 March, Tokayev spoke with Zelensky by phone; Armenia said the same "
    "day that it would not join sanctions.\n",
    "Georgia applies\n\nOn 3 March, Georgia and Moldova applied to join the European Union. "
    "Belarus hosted Russian troops on February 30.\n",
    "Notes\n\nOn 5 May the presidents of Armenia and Azerbaijan met in Brussels.\n"};

struct LibraryFiles {
    QTemporaryDir files;
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("library.sqlite"));
    Problems ruleProblems;
    BoilerplateRules rules = BoilerplateRules::builtin(&ruleProblems);

    LibraryFiles()
    {
        LibraryDatabase database(path);
        QString error;
        EXPECT_TRUE(database.open(&error)) << error.toStdString();
        int n = 0;
        for (const char *text : kTexts) {
            const QString name = QStringLiteral("article%1.txt").arg(++n);
            EXPECT_EQ(
                LibraryImport::importFile(database, writeFile(files, name, text), rules).result,
                ImportOutcome::Result::Imported);
        }
    }
    CorpusOptions options() const
    {
        CorpusOptions o;
        o.builtin = false;
        o.library = path;
        return o;
    }
    int records() const
    {
        LibraryDatabase database(path);
        QString error;
        EXPECT_TRUE(database.open(&error));
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT COUNT(*) FROM extractions"));
        return query.next() ? query.value(0).toInt() : -1;
    }
    void execute(const QString &statement) const
    {
        LibraryDatabase database(path);
        QString error;
        ASSERT_TRUE(database.open(&error));
        QSqlQuery query(database.connection());
        ASSERT_TRUE(query.exec(statement));
    }
};

QByteArray jsonOf(const DocumentModel &model)
{
    return QJsonDocument(ModelJsonWriter::toJson(model)).toJson();
}

} // namespace

TEST(ExtractionCache, ARecordGivesBackWhatExtractionFound)
{
    const Extraction extraction;
    int events = 0;
    for (const Article &article : TestSupport::builtinModel()->articles) {
        const ArticleExtraction found = extraction.of(article);
        events += int(found.events.size());
        const auto back = ArticleExtraction::decode(found.encode(), article);
        ASSERT_TRUE(back.has_value()) << article.id.toStdString();
        expectSame(found, *back);
    }
    EXPECT_GT(events, 50);
    // and the problems dates raise
    const Article odd = TestSupport::articleFromText(QString::fromUtf8(kTexts[1]));
    const ArticleExtraction found = extraction.of(odd);
    ASSERT_FALSE(found.impossibleDates.isEmpty());
    ASSERT_FALSE(found.undatedYear.isEmpty());
    expectSame(found, *ArticleExtraction::decode(found.encode(), odd));
}

// A library's fresh records are all held until they are stored: each holds its own bytes only.
TEST(ExtractionCache, ARecordHoldsNoMoreRoomThanItsBytes)
{
    const Extraction extraction;
    const Article &article = TestSupport::builtinModel()->articles.at(0);
    const QByteArray record = extraction.of(article).encode();
    const qsizetype uncompressed = qUncompress(record).size();
    ASSERT_LT(record.size() * 2, uncompressed); // a record worth compressing
    EXPECT_LT(record.capacity(), uncompressed / 2);
}

// A big library's events name a few countries hundreds of thousands of times: those read from
// records are the one copy the process has of each name, as those of extracted events are.
TEST(ExtractionCache, EventsReadFromRecordsShareTheirNames)
{
    const Extraction extraction;
    const Article &article = TestSupport::builtinModel()->articles.at(0);
    const QByteArray record = extraction.of(article).encode();
    const auto first = ArticleExtraction::decode(record, article);
    const auto second = ArticleExtraction::decode(record, article);
    ASSERT_TRUE(first && second);
    ASSERT_FALSE(first->events.isEmpty());
    for (qsizetype i = 0; i < first->events.size(); ++i) {
        const Event &a = first->events.at(i);
        const Event &b = second->events.at(i);
        EXPECT_EQ(a.type.constData(), b.type.constData());
        ASSERT_FALSE(a.countries.isEmpty());
        for (qsizetype c = 0; c < a.countries.size(); ++c)
            EXPECT_EQ(a.countries.at(c).constData(), b.countries.at(c).constData());
    }
}

TEST(ExtractionCache, ARecordThatDoesNotFitIsRefused)
{
    const Extraction extraction;
    const Article &longer = TestSupport::builtinModel()->articles.at(0);
    const QByteArray record = extraction.of(longer).encode();
    const Article shorter = TestSupport::articleFromText(QString::fromUtf8(kTexts[2]));
    EXPECT_FALSE(ArticleExtraction::decode(record, shorter)); // spans beyond its text
    EXPECT_FALSE(ArticleExtraction::decode(record.left(record.size() / 2), longer));
    EXPECT_FALSE(ArticleExtraction::decode(QByteArray("not a record"), longer));
    EXPECT_FALSE(ArticleExtraction::decode(QByteArray(), longer));
    QByteArray flipped = qUncompress(record);
    flipped[1] = char(flipped[1] ^ 0x40); // another format number
    EXPECT_FALSE(ArticleExtraction::decode(qCompress(flipped), longer));
}

// A damaged count must not make the reader reserve room for billions of items.
TEST(ExtractionCache, ARecordWithAnAbsurdCountIsRefused)
{
    const Article article = TestSupport::articleFromText(QString::fromUtf8(kTexts[0]));
    for (const qint32 countries : {qint32(0x7fffffff), qint32(-5)}) {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(0x50455831) << qint32(0) << qint32(1); // no mention, one event
        out << QDate(2022, 3, 2).toJulianDay() << QDate(2022, 3, 2).toJulianDay() << qint8(0)
            << false << QStringLiteral("vote") << qint32(0) << qint64(0) << qint64(10) << countries;
        EXPECT_FALSE(ArticleExtraction::decode(qCompress(bytes), article));
    }
}

TEST(ExtractionCache, TheKeyChangesWithTheBuildTheTextAndTheMetadata)
{
    Article a = TestSupport::articleFromText(QString::fromUtf8(kTexts[0]));
    const QByteArray key = ExtractionCache::key(a, "build 1");
    EXPECT_EQ(key, ExtractionCache::key(a, "build 1"));
    EXPECT_NE(key, ExtractionCache::key(a, "build 2"));
    Article edited = a;
    edited.meta.published = QDate(2021, 3, 3);
    EXPECT_NE(key, ExtractionCache::key(edited, "build 1"));
    Article other = a;
    other.sha256 = QByteArray(64, 'a');
    EXPECT_NE(key, ExtractionCache::key(other, "build 1"));
}

TEST(ExtractionCache, ReopeningTheLibraryExtractsOnlyTheArticlesThatChanged)
{
    LibraryFiles library;
    const DocumentModelPtr first = DocumentModelBuilder::build(library.options());
    ASSERT_EQ(first->articles.size(), 3);
    EXPECT_EQ(first->articlesFromCache, 0);
    EXPECT_EQ(library.records(), 3);
    ASSERT_FALSE(first->events.isEmpty());

    const DocumentModelPtr second = DocumentModelBuilder::build(library.options());
    EXPECT_EQ(second->articlesFromCache, 3);
    EXPECT_EQ(jsonOf(*second), jsonOf(*first));

    // A changed publication date can date the events otherwise: that article is read again.
    {
        LibraryDatabase database(library.path);
        QString error;
        ASSERT_TRUE(database.open(&error));
        const Article *a = second->article(QStringLiteral("article3"));
        ASSERT_NE(a, nullptr);
        ArticleMetadata meta = a->meta;
        meta.published = QDate(2021, 6, 1);
        ASSERT_TRUE(LibraryArticles::setMetadata(database, a->localId, meta, &error));
    }
    const DocumentModelPtr third = DocumentModelBuilder::build(library.options());
    EXPECT_EQ(third->articlesFromCache, 2);
    EXPECT_EQ(library.records(), 3); // the old record of that text replaced
    const QVector<const Event *> dated = TestSupport::eventsIn(*third, "ARM", "article3");
    ASSERT_FALSE(dated.isEmpty());
    EXPECT_EQ(dated.first()->date.from, QDate(2021, 5, 5));
    EXPECT_EQ(DocumentModelBuilder::build(library.options())->articlesFromCache, 3);
}

// A big library's new records are kept a batch of articles at a time, while the next batches are
// extracted: never all held at once, and those of the batches done kept if the load stops.
TEST(ExtractionCache, NewRecordsAreKeptABatchAtATime)
{
    const LibraryFiles library;
    LibraryDatabase database(library.path);
    QString error;
    ASSERT_TRUE(database.open(&error)) << error.toStdString();
    DocumentModel model;
    model.gazetteer = Gazetteer::builtin(&model.problems);
    model.articles =
        LibraryImport::articles(database, CorpusLoader(library.rules), &model.problems, 2);
    ASSERT_EQ(model.articles.size(), 3);
    // Each batch's end is reported as progress; the records kept by then are counted.
    QVector<int> keptAtEachBatch;
    LoadMonitor monitor;
    monitor.progress = [&](int, int) { keptAtEachBatch.append(library.records()); };
    ASSERT_TRUE(ExtractionPass::run(model, &database, monitor, 2, {0, 30, 30}, 1));
    EXPECT_EQ(keptAtEachBatch.value(0), 0); // the first batch ends before it is kept
    EXPECT_EQ(keptAtEachBatch.last(), 2);   // the last batch ends with the two before it kept
    EXPECT_EQ(library.records(), 3);
    // What was kept gives back what was found: the build that reads them makes the same model.
    const DocumentModelPtr again = DocumentModelBuilder::build(library.options());
    EXPECT_EQ(again->articlesFromCache, 3);
    EXPECT_EQ(again->events.size(), model.events.size());
    EXPECT_EQ(again->mentions.size(), model.mentions.size());
}

TEST(ExtractionCache, ADamagedRecordIsExtractedAgainAndReplaced)
{
    LibraryFiles library;
    const DocumentModelPtr first = DocumentModelBuilder::build(library.options());
    library.execute(QStringLiteral("UPDATE extractions SET record = x'00ff00' WHERE rowid = "
                                   "(SELECT MIN(rowid) FROM extractions)"));
    const DocumentModelPtr second = DocumentModelBuilder::build(library.options());
    EXPECT_EQ(second->articlesFromCache, 2);
    EXPECT_EQ(jsonOf(*second), jsonOf(*first));
    EXPECT_EQ(DocumentModelBuilder::build(library.options())->articlesFromCache, 3);
}

TEST(ExtractionCache, ARemovedArticleTakesItsRecordWithIt)
{
    LibraryFiles library;
    DocumentModelBuilder::build(library.options());
    ASSERT_EQ(library.records(), 3);
    LibraryDatabase database(library.path);
    QString error;
    ASSERT_TRUE(database.open(&error));
    ASSERT_TRUE(LibraryArticles::remove(database, QStringLiteral("article2"), &error));
    EXPECT_EQ(library.records(), 2);
}

TEST(ExtractionCache, AReadOnlyLibraryIsStillReadAndKeepsNothing)
{
    LibraryFiles library;
    QFile::setPermissions(library.path, QFileDevice::ReadOwner);
    if (QFileInfo(library.path).isWritable())
        GTEST_SKIP() << "the file stays writable (running as root)";
    const DocumentModelPtr model = DocumentModelBuilder::build(library.options());
    EXPECT_EQ(model->articles.size(), 3);
    EXPECT_EQ(model->articlesFromCache, 0);
    QFile::setPermissions(library.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    EXPECT_EQ(library.records(), 0);
}

TEST(ExtractionCache, TheSummarySaysHowManyArticlesTheLibraryGaveFromItsKeptExtractions)
{
    LibraryFiles library;
    const QStringList arguments{QStringLiteral("--no-builtin"), QStringLiteral("--library"),
                                library.path, QStringLiteral("--summary")};
    const TestSupport::AppRun first = TestSupport::runApp(arguments);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.contains(": 3 articles, 0 read from its kept extractions"))
        << first.out.toStdString();
    const TestSupport::AppRun again = TestSupport::runApp(arguments);
    EXPECT_TRUE(again.out.contains(": 3 articles, 3 read from its kept extractions"))
        << again.out.toStdString();
}
