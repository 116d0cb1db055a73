#include "app/model/document_model_builder.h"
#include "app/search/article_search.h"
#include "indexing_hold.h"
#include "test_support.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QThreadPool>

#include <gtest/gtest.h>

#include <algorithm>

using TestSupport::builtinModel;

namespace {

// How often `pattern` occurs in the built-in articles, counted by a regular expression here.
int occurrences(const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (const Article &a : builtinModel()->articles) {
        auto it = re.globalMatch(a.text.toString());
        while (it.hasNext()) {
            it.next();
            ++n;
        }
    }
    return n;
}

// The hits a search lists of `pattern`: each article's occurrences, at most
// ArticleSearch::kHitsPerArticle of them.
int listedOccurrences(const QString &pattern)
{
    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption |
                                             QRegularExpression::UseUnicodePropertiesOption);
    int n = 0;
    for (const Article &a : builtinModel()->articles) {
        int inArticle = 0;
        auto it = re.globalMatch(a.text.toString());
        while (it.hasNext()) {
            it.next();
            ++inArticle;
        }
        n += std::min(inArticle, ArticleSearch::kHitsPerArticle);
    }
    return n;
}

} // namespace

TEST(SearchQuery, ReadsWordsPhrasesAndPrefixes)
{
    const SearchQuery q =
        SearchQuery::parse(QStringLiteral("  Kazakhstan \"did not  TAKE part\" abstain*"));
    ASSERT_TRUE(q.isValid()) << q.error.toStdString();
    ASSERT_EQ(q.terms.size(), 3);
    EXPECT_EQ(q.terms.at(0).words, QStringList{QStringLiteral("kazakhstan")});
    EXPECT_EQ(q.terms.at(1).words, QStringList({QStringLiteral("did"), QStringLiteral("not"),
                                                QStringLiteral("take"), QStringLiteral("part")}));
    EXPECT_TRUE(q.terms.at(2).prefix);
    EXPECT_EQ(q.toFts5(),
              QStringLiteral("\"kazakhstan\" AND \"did not take part\" AND \"abstain\"*"));
}

TEST(SearchQuery, AMalformedQueryIsAMessageNotAnError)
{
    for (const char *bad : {"\"did not take part", "*", "abs*tain", "", "   ", "\"\"", "\"a*\""}) {
        const SearchQuery q = SearchQuery::parse(QString::fromUtf8(bad));
        EXPECT_FALSE(q.isValid()) << bad;
        EXPECT_FALSE(q.error.isEmpty()) << bad;
    }
    // What FTS5 would read as its own syntax is only words here.
    const SearchQuery q = SearchQuery::parse(QStringLiteral("NEAR(a b) col:x ^start or not"));
    ASSERT_TRUE(q.isValid());
    EXPECT_EQ(q.toFts5(), QStringLiteral("\"near a\" AND \"b\" AND \"col x\" AND \"start\" AND "
                                         "\"or\" AND \"not\""));
    // The operators read in capitals, where they stand between or before terms.
    for (const char *bad : {"OR Tbilisi", "Tbilisi OR", "Tbilisi OR OR Yerevan", "NOT", "-Russia",
                            "NOT Russia", "Tbilisi OR NOT Yerevan", "Tbilisi NOT"}) {
        const SearchQuery b = SearchQuery::parse(QString::fromUtf8(bad));
        EXPECT_FALSE(b.isValid()) << bad;
        EXPECT_FALSE(b.error.isEmpty()) << bad;
    }
}

TEST(SearchQuery, ReadsOrNotAndTheDashAndDropsAnd)
{
    // A trial typed "Tbilisi OR Yerevan" (no hits), "Zelensky AND Tokayev" (every "and" a hit)
    // and "-Russia" (Russia found).
    const SearchQuery q = SearchQuery::parse(
        QStringLiteral("Tbilisi OR Yerevan AND abstained NOT \"voted in favour\" -Russia*"));
    ASSERT_TRUE(q.isValid()) << q.error.toStdString();
    ASSERT_EQ(q.terms.size(), 3);
    EXPECT_EQ(q.terms.at(0).group, q.terms.at(1).group); // either
    EXPECT_NE(q.terms.at(1).group, q.terms.at(2).group); // and this
    ASSERT_EQ(q.excluded.size(), 2);
    EXPECT_TRUE(q.excluded.at(1).prefix);
    EXPECT_EQ(q.toFts5(), QStringLiteral("((\"tbilisi\" OR \"yerevan\") AND \"abstained\") NOT "
                                         "(\"voted in favour\" OR \"russia\"*)"));
    EXPECT_EQ(SearchQuery::parse(QStringLiteral("Zelensky AND Tokayev")).toFts5(),
              QStringLiteral("\"zelensky\" AND \"tokayev\""));
    // A phrase left out with a dash, in straight or curly quotation marks.
    for (const QString &phrase : {QStringLiteral("Moldova -\"Russian Federation\""),
                                  QStringLiteral("Moldova -“Russian Federation”")}) {
        const SearchQuery left = SearchQuery::parse(phrase);
        ASSERT_TRUE(left.isValid()) << left.error.toStdString();
        EXPECT_EQ(left.toFts5(), QStringLiteral("(\"moldova\") NOT (\"russian federation\")"))
            << phrase.toStdString();
    }
    // OR joins two terms to find, never one left out.
    EXPECT_FALSE(SearchQuery::parse(QStringLiteral("Moldova -Tokayev OR Lukashenko")).isValid());
}

TEST(ArticleSearch, EitherWordFindsTheArticlesOfEachAndNotLeavesOut)
{
    const ArticleSearch search(builtinModel());
    // The articles that hold a word, by a regular expression here.
    const auto holding = [](const QString &word) {
        QSet<QString> ids;
        const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(word),
                                    QRegularExpression::CaseInsensitiveOption);
        for (const Article &a : builtinModel()->articles) {
            if (re.match(a.text.toString()).hasMatch())
                ids.insert(a.id);
        }
        return ids;
    };
    const auto found = [&search](const QString &query) {
        QSet<QString> ids;
        const SearchResult result = search.find(query);
        EXPECT_TRUE(result.error.isEmpty()) << result.error.toStdString();
        for (const SearchHit &hit : result.hits)
            ids.insert(hit.article);
        return ids;
    };
    const QSet<QString> tokayev = holding(QStringLiteral("Tokayev"));
    const QSet<QString> lukashenko = holding(QStringLiteral("Lukashenko"));
    ASSERT_FALSE(tokayev.contains(lukashenko)); // (else either proves nothing)
    ASSERT_FALSE(lukashenko.contains(tokayev));
    EXPECT_EQ(found(QStringLiteral("Tokayev OR Lukashenko")), tokayev + lukashenko);
    const QSet<QString> moldova = holding(QStringLiteral("Moldova"));
    const QSet<QString> withoutTokayev = moldova - tokayev;
    ASSERT_FALSE(withoutTokayev.isEmpty());
    ASSERT_NE(withoutTokayev, moldova);
    EXPECT_EQ(found(QStringLiteral("Moldova NOT Tokayev")), withoutTokayev);
    EXPECT_EQ(found(QStringLiteral("Moldova -Tokayev")), withoutTokayev);
}

TEST(ArticleSearch, FindsEveryOccurrenceOfAPhraseAtItsOffsets)
{
    const ArticleSearch search(builtinModel());
    const SearchResult result = search.find(QStringLiteral("\"did not take part\""));
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    EXPECT_EQ(result.hits.size(),
              listedOccurrences(QStringLiteral("\\bdid\\s+not\\s+take\\s+part\\b")));
    EXPECT_GT(result.hits.size(), 0);
    for (const SearchHit &hit : result.hits) {
        const Article *a = builtinModel()->article(hit.article);
        ASSERT_NE(a, nullptr);
        EXPECT_EQ(a->quote(hit.span).simplified().toLower(), QStringLiteral("did not take part"));
        EXPECT_TRUE(hit.snippet.contains(a->quote(hit.span).simplified()));
        EXPECT_TRUE(hit.snippetHtml.contains(QStringLiteral("<b>")));
    }
}

TEST(ArticleSearch, APrefixFindsEveryWordItBegins)
{
    const ArticleSearch search(builtinModel());
    const SearchResult result = search.find(QStringLiteral("abstain*"));
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    EXPECT_EQ(result.hits.size(), listedOccurrences(QStringLiteral("\\babstain\\w*")));
    for (const SearchHit &hit : result.hits) {
        const Article *a = builtinModel()->article(hit.article);
        EXPECT_TRUE(a->quote(hit.span).toLower().startsWith(QStringLiteral("abstain")));
    }
    EXPECT_TRUE(search.find(QStringLiteral("zzyzzx")).hits.isEmpty());
    EXPECT_FALSE(search.find(QStringLiteral("\"open")).error.isEmpty());
}

TEST(ArticleSearch, HitsComeInPagesThatAddUpToTheWholeList)
{
    const ArticleSearch search(builtinModel());
    const QString query = QStringLiteral("Russia*");
    const int total = listedOccurrences(QStringLiteral("\\bRussia\\w*"));
    ASSERT_LT(total, occurrences(QStringLiteral("\\bRussia\\w*"))); // (some article has more)
    ASSERT_GT(total, 40);
    QVector<SearchHit> paged;
    for (int from = 0;; from += 40) {
        const SearchResult page = search.find(query, 40, from);
        ASSERT_TRUE(page.error.isEmpty());
        paged += page.hits;
        EXPECT_EQ(page.more, from + 40 < total) << from;
        if (!page.more)
            break;
        EXPECT_EQ(page.hits.size(), 40);
    }
    const SearchResult whole = search.find(query, total + 10);
    EXPECT_FALSE(whole.more);
    ASSERT_EQ(paged.size(), total);
    ASSERT_EQ(whole.hits.size(), total);
    for (int i = 0; i < total; ++i) {
        EXPECT_EQ(paged[i].article, whole.hits[i].article);
        EXPECT_EQ(paged[i].span.start, whole.hits[i].span.start);
    }
}

TEST(ArticleSearch, AnArticleOfThousandsOfHitsLeavesTheOthersTheirPlace)
{
    // A trial imported a page of 60,000 "abstained": its hits filled the whole list, and the
    // five other articles that hold the word were never shown.
    QTemporaryDir dir;
    const QString sentence = QStringLiteral("Kazakhstan abstained on 2 March 2022. ");
    constexpr int kMany = 3000;
    TestSupport::writeFile(dir, QStringLiteral("many.txt"), sentence.repeated(kMany).toUtf8());
    TestSupport::writeFile(dir, QStringLiteral("one.txt"),
                           "A note\n\nArmenia abstained as well, officials said.\n");
    TestSupport::writeFile(dir, QStringLiteral("two.txt"),
                           "Another note\n\nKyrgyzstan abstained. Tajikistan abstained.\n");
    const DocumentModelPtr model = DocumentModelBuilder::build(CorpusOptions(false, {dir.path()}));
    ASSERT_EQ(model->articles.size(), 3);
    const ArticleSearch search(model);
    const SearchResult result = search.find(QStringLiteral("abstained"), 200);
    ASSERT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    QHash<QString, int> perArticle;
    for (const SearchHit &hit : result.hits)
        ++perArticle[hit.article];
    EXPECT_EQ(perArticle.size(), 3); // every article that holds the word is listed
    EXPECT_EQ(perArticle.value(QStringLiteral("many")), ArticleSearch::kHitsPerArticle);
    EXPECT_EQ(perArticle.value(QStringLiteral("one")), 1);
    EXPECT_EQ(perArticle.value(QStringLiteral("two")), 2);
    EXPECT_FALSE(result.more);
    // The big article's last hit listed says how many were left out; findIn gives them, at
    // their offsets.
    int leftOut = 0;
    for (const SearchHit &hit : result.hits) {
        if (hit.article == QStringLiteral("many"))
            leftOut = std::max(leftOut, hit.moreInArticle);
        else
            EXPECT_EQ(hit.moreInArticle, 0);
    }
    EXPECT_EQ(leftOut, kMany - ArticleSearch::kHitsPerArticle);
    const SearchResult rest = search.findIn(QStringLiteral("many"), QStringLiteral("abstained"),
                                            kMany, ArticleSearch::kHitsPerArticle);
    ASSERT_EQ(rest.hits.size(), leftOut);
    EXPECT_FALSE(rest.more);
    const Article *many = model->article(QStringLiteral("many"));
    for (qsizetype i = 0; i < rest.hits.size(); ++i) {
        const qsizetype at = (i + ArticleSearch::kHitsPerArticle) * sentence.size() +
                             sentence.indexOf(QStringLiteral("abstained"));
        EXPECT_EQ(rest.hits.at(i).span.start, at);
        EXPECT_EQ(many->quote(rest.hits.at(i).span), QStringLiteral("abstained"));
    }
    const SearchResult page = search.findIn(QStringLiteral("many"), QStringLiteral("abstained"),
                                            100, ArticleSearch::kHitsPerArticle);
    EXPECT_EQ(page.hits.size(), 100);
    EXPECT_TRUE(page.more);

    // The command line lists the same, and says on stderr what it left out.
    const TestSupport::AppRun run =
        TestSupport::runApp({QStringLiteral("--no-builtin"), QStringLiteral("--corpus"), dir.path(),
                             QStringLiteral("--search"), QStringLiteral("abstained")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out.count('\n'), ArticleSearch::kHitsPerArticle + 3);
    EXPECT_TRUE(run.err.contains(QStringLiteral("many: %1 more hits in this article")
                                     .arg(kMany - ArticleSearch::kHitsPerArticle)
                                     .toUtf8()))
        << run.err.toStdString();
}

TEST(SearchCommand, PrintsEachHitWithItsOffsetsAndSaysWhenThereIsNone)
{
    const TestSupport::AppRun run =
        TestSupport::runApp({QStringLiteral("--search"), QStringLiteral("\"did not take part\"")});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), listedOccurrences(QStringLiteral("\\bdid\\s+not\\s+take\\s+part\\b")));
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        ASSERT_EQ(fields.size(), 4) << line.toStdString();
        const Article *a = builtinModel()->article(fields.at(0));
        ASSERT_NE(a, nullptr);
        const TextSpan span{fields.at(1).toLongLong(), fields.at(2).toLongLong()};
        EXPECT_EQ(a->quote(span).simplified().toLower(), QStringLiteral("did not take part"));
    }
    EXPECT_EQ(TestSupport::runApp({QStringLiteral("--search"), QStringLiteral("zzyzzx")}).exitCode,
              1);
    const TestSupport::AppRun bad =
        TestSupport::runApp({QStringLiteral("--search"), QStringLiteral("\"unclosed")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err.count('\n'), 1) << bad.err.toStdString();
}

TEST(ImportCommand, ImportsALineAFileAndTheLibraryJoinsTheCorpus)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("lib.sqlite"));
    const QString good =
        TestSupport::writeFile(dir, QStringLiteral("vote.txt"),
                               "A note on the vote\n\nOn 2 March 2022, Kyrgyzstan abstained.\n");
    const QString empty = TestSupport::writeFile(dir, QStringLiteral("empty.txt"), "");
    const TestSupport::AppRun run = TestSupport::runApp(
        {QStringLiteral("--library"), library, QStringLiteral("--import"), good, empty});
    EXPECT_EQ(run.exitCode, 1); // one of the two could not be imported
    EXPECT_EQ(run.err.count('\n'), 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("vote.txt: imported as vote"));
    EXPECT_TRUE(run.err.contains("empty.txt"));
    const TestSupport::AppRun again = TestSupport::runApp(
        {QStringLiteral("--library"), library, QStringLiteral("--import"), good});
    EXPECT_EQ(again.exitCode, 0); // already there: nothing lost, nothing doubled
    EXPECT_TRUE(again.err.contains("already in the library"));
    const TestSupport::AppRun summary =
        TestSupport::runApp({QStringLiteral("--library"), library, QStringLiteral("--summary")});
    EXPECT_TRUE(summary.out.contains("6 articles")) << summary.out.toStdString();
    const TestSupport::AppRun found =
        TestSupport::runApp({QStringLiteral("--library"), library, QStringLiteral("--search"),
                             QStringLiteral("kyrgyzstan abstained")});
    EXPECT_TRUE(found.out.contains("vote\t")) << found.out.toStdString();
}

// A big library's index is made on a worker thread: until it is made, a search says so; once
// made, it finds exactly what an index made at once finds.
TEST(ArticleSearch, AnIndexMadeInTheBackgroundFindsWhatOneMadeAtOnceFinds)
{
    const DocumentModelPtr model = builtinModel();
    const ArticleSearch now(model);
    const ArticleSearch later(model, ArticleSearch::Index::InBackground);
    ASSERT_TRUE(later.indexing().isValid());
    later.indexing().waitForFinished();
    EXPECT_TRUE(later.isReady());
    EXPECT_TRUE(later.indexing().result().isEmpty()) << later.indexing().result().toStdString();
    for (const char *text : {"Russia", "\"did not take part\"", "Kazakh*"}) {
        const SearchResult a = now.find(QLatin1String(text));
        const SearchResult b = later.find(QLatin1String(text));
        ASSERT_FALSE(a.hits.isEmpty()) << text;
        ASSERT_EQ(a.hits.size(), b.hits.size()) << text;
        for (qsizetype i = 0; i < a.hits.size(); ++i) {
            EXPECT_EQ(a.hits.at(i).article, b.hits.at(i).article) << text;
            EXPECT_EQ(a.hits.at(i).span.start, b.hits.at(i).span.start) << text;
        }
    }
}

// A snapshot made by filtering the claims holds the very articles of the one indexed: the index
// serves it. A snapshot built anew, even of the same texts, is indexed anew.
TEST(ArticleSearch, ASnapshotOfTheSameArticlesIsServedByTheIndexMade)
{
    const DocumentModelPtr model = builtinModel();
    ArticleSearch search(model);
    ClaimFilter curated;
    curated.by = ClaimFilter::By::Curated;
    const DocumentModelPtr filtered = DocumentModelBuilder::withFilter(*model, curated);
    ASSERT_NE(filtered, model);
    EXPECT_TRUE(search.adopt(filtered));
    const SearchResult hits = search.find(QStringLiteral("\"did not take part\""));
    EXPECT_EQ(hits.hits.size(), listedOccurrences(QStringLiteral("did not take part")));
    const DocumentModelPtr rebuilt = DocumentModelBuilder::build(CorpusOptions(true, {}));
    EXPECT_FALSE(search.adopt(rebuilt));
    EXPECT_FALSE(search.adopt(nullptr));
}

TEST(ArticleSearch, ASearchOverAnIndexStillBeingMadeSaysSoAndLeavesNothingBehind)
{
    IndexingHold held; // the index is surely still to be made when asked
    QFuture<QString> indexing;
    {
        const ArticleSearch search(builtinModel(), ArticleSearch::Index::InBackground);
        indexing = search.indexing();
        EXPECT_FALSE(search.isReady());
        const SearchResult result = search.find(QStringLiteral("Russia"));
        EXPECT_TRUE(result.hits.isEmpty());
        EXPECT_TRUE(result.error.contains(QStringLiteral("being made")))
            << result.error.toStdString();
        held.release(); // and the search ends while its index is made, or before
    }
    ASSERT_TRUE(indexing.isFinished());
    EXPECT_TRUE(indexing.result().isEmpty() || indexing.result() == QStringLiteral("stopped"))
        << indexing.result().toStdString();
    // Nothing is left behind: no connection of a search remains.
    for (const QString &name : QSqlDatabase::connectionNames())
        EXPECT_FALSE(name.startsWith(QStringLiteral("search-"))) << name.toStdString();
}
