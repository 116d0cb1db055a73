// A citation for a report: the quote, then author, title, publisher, date and address, as the
// article's manifest gives them, in plain text and in HTML.
#include "app/evidence/citation.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using TestSupport::writeFile;

namespace {

DocumentModelPtr modelWith(const QTemporaryDir &dir, const QByteArray &manifestEntry)
{
    writeFile(dir, QStringLiteral("talks.txt"),
              "Talks\n\nOn 3 March 2022 Armenia said it would stay neutral. Tbilisi applied "
              "to join the EU <soon> & \"fast\".\n");
    writeFile(dir, QStringLiteral("manifest.json"),
              "{\"articles\": [{\"file\": \"talks.txt\", \"id\": \"talks\", " + manifestEntry +
                  "}]}");
    writeFile(dir, QStringLiteral("codebook.json"),
              R"({"schema": 1, "claims": [
{"country": "ARM", "dimension": "stance", "value": "balancing", "article": "talks", "quote": "Armenia said it would stay neutral."},
{"country": "GEO", "dimension": "eu_application", "value": "yes", "article": "talks", "quote": "Tbilisi applied to join the EU <soon> & \"fast\"."}]})");
    return DocumentModelBuilder::build({false, {dir.path()}});
}

} // namespace

TEST(Citation, GivesTheQuoteThenAuthorTitlePublisherDateAndAddress)
{
    QTemporaryDir dir;
    const DocumentModelPtr model =
        modelWith(dir, "\"title\": \"Neutral in the Caucasus\", \"author\": \"A. Writer\", "
                       "\"publisher\": \"Review Weekly\", \"published\": \"2022-03-05\", "
                       "\"url\": \"https://example.org/talks?a=1&b=2\"");
    const Position *p = TestSupport::position(*model, "ARM", "stance");
    ASSERT_NE(p, nullptr);
    const Citation c =
        Citation::of(Evidence::ofClaim(p->claims.first(), model->dimensions), *model);
    EXPECT_EQ(c.plainText,
              QStringLiteral("“Armenia said it would stay neutral.” (3 Mar 2022)\n"
                             "— A. Writer, “Neutral in the Caucasus”, Review Weekly, 5 Mar 2022. "
                             "https://example.org/talks?a=1&b=2"));
    EXPECT_TRUE(c.html.contains(QStringLiteral("<blockquote>“Armenia said it would stay "
                                               "neutral.” (3 Mar 2022)</blockquote>")))
        << c.html.toStdString();
    EXPECT_TRUE(c.html.contains(QStringLiteral("<cite>Neutral in the Caucasus</cite>")));
    EXPECT_TRUE(
        c.html.contains(QStringLiteral("<a "
                                       "href=\"https://example.org/talks?a=1&amp;b=2\">https://"
                                       "example.org/talks?a=1&amp;b=2</a>")));
}

TEST(Citation, LeavesOutWhatTheArticleDoesNotSayAndEscapesHtml)
{
    QTemporaryDir dir;
    const DocumentModelPtr model = modelWith(dir, "\"title\": \"Talks\"");
    const Position *p = TestSupport::position(*model, "GEO", "eu_application");
    ASSERT_NE(p, nullptr);
    const Citation c =
        Citation::of(Evidence::ofClaim(p->claims.first(), model->dimensions), *model);
    // No author, publisher or address: the title, and the year the text's one date gives
    // ("3 March 2022"); no empty commas.
    EXPECT_TRUE(c.plainText.endsWith(QStringLiteral("\n— “Talks”, 2022.")))
        << c.plainText.toStdString();
    EXPECT_FALSE(c.plainText.contains(QStringLiteral(", ,")));
    EXPECT_TRUE(c.html.contains(QStringLiteral("&lt;soon&gt; &amp; &quot;fast&quot;")))
        << c.html.toStdString();
    EXPECT_FALSE(c.html.contains(QStringLiteral("<soon>")));
}

TEST(Citation, QuotesAnEventByTheWordsOfItsArticle)
{
    QTemporaryDir dir;
    const DocumentModelPtr model = modelWith(dir, "\"title\": \"Neutral in the Caucasus\"");
    const QVector<const Event *> events = model->eventsOf(QStringLiteral("ARM"));
    ASSERT_FALSE(events.isEmpty());
    const EvidenceRef ref = Evidence::ofEvent(*events.first());
    const Citation c = Citation::of(ref, *model);
    // The clause as the file has it, found here in the file's own words.
    EXPECT_TRUE(c.plainText.contains(QStringLiteral("Armenia said it would stay neutral")))
        << c.plainText.toStdString();
    EXPECT_TRUE(c.plainText.contains(QStringLiteral("Neutral in the Caucasus")));
}
