// The built-in articles' extractions made when the program is built: they are what extracting
// the articles finds now, the program reads them instead of extracting, and its model is the
// one a build that extracts everything makes.
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "app/export/model_json_writer.h"
#include "app/extract/article_extraction.h"
#include "app/extract/event_classifier.h"
#include "app/model/builtin_extractions.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

QVector<Article> builtinArticles()
{
    Problems problems;
    const BoilerplateRules rules = BoilerplateRules::builtin(&problems);
    return CorpusLoader(rules).load(CorpusOptions(true, {})).articles;
}

} // namespace

TEST(BuiltinExtractions, TheProgramHoldsWhatExtractingItsArticlesFindsNow)
{
    QFile file(QStringLiteral(PE_BUILTIN_RECORDS));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << PE_BUILTIN_RECORDS;
    const QHash<QByteArray, QByteArray> records = BuiltinExtractions::parse(file.readAll());
    Problems problems;
    const Gazetteer gazetteer = Gazetteer::builtin(&problems);
    const EventClassifier classifier = EventClassifier::builtin(&problems);
    const MentionFinder finder(gazetteer);
    const EventExtractor extractor(gazetteer, classifier);
    const QVector<Article> articles = builtinArticles();
    ASSERT_FALSE(articles.isEmpty());
    EXPECT_EQ(records.size(), articles.size());
    qsizetype events = 0;
    for (const Article &article : articles) {
        const ArticleExtraction now =
            ArticleExtraction::of(article, finder, extractor, gazetteer.referenceYear());
        EXPECT_FALSE(now.mentions.isEmpty()) << article.id.toStdString();
        events += now.events.size();
        EXPECT_EQ(records.value(BuiltinExtractions::key(article)), now.encode())
            << article.id.toStdString();
    }
    EXPECT_GT(events, 0);
}

TEST(BuiltinExtractions, NoRecordsAreReadFromBytesOfAnotherKind)
{
    EXPECT_TRUE(BuiltinExtractions::parse(QByteArray()).isEmpty());
    EXPECT_TRUE(BuiltinExtractions::parse(QByteArray("not records at all")).isEmpty());
    QFile file(QStringLiteral(PE_BUILTIN_RECORDS));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(BuiltinExtractions::parse(bytes.left(bytes.size() / 2)).isEmpty());
}

// The program (which holds the records) extracts none of its articles, and its model is the one
// this test process (which holds none) makes by extracting every article.
TEST(BuiltinExtractions, TheProgramExtractsNoneOfItsArticlesAndItsModelIsTheSame)
{
    const qsizetype count = builtinArticles().size();
    const TestSupport::AppRun summary = TestSupport::runApp({QStringLiteral("--summary")});
    ASSERT_EQ(summary.exitCode, 0) << summary.err.toStdString();
    EXPECT_TRUE(summary.out.contains(QStringLiteral("built in: %1 articles, %1 read from the "
                                                    "records made with the program")
                                         .arg(count)
                                         .toUtf8()))
        << summary.out.toStdString();

    const DocumentModelPtr extracted = DocumentModelBuilder::build(CorpusOptions(true, {}));
    ASSERT_TRUE(extracted);
    EXPECT_EQ(extracted->builtinFromRecords, 0); // this process holds no records
    const TestSupport::AppRun exported =
        TestSupport::runApp({QStringLiteral("--export-model"), QStringLiteral("-")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(exported.out).object(), ModelJsonWriter::toJson(*extracted));
}
