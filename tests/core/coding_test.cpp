// Coding: claims recorded in the library (LibraryClaims), placed on the corpus (CodedClaims),
// positions rebuilt from them (DocumentModelBuilder::recode, ClaimFilter), own dimensions.
#include "app/compare/comparison.h"
#include "app/export/comparison_csv.h"
#include "app/library/library_claims.h"
#include "app/model/coded_claims.h"
#include "app/model/document_model_builder.h"
#include "test_support.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using TestSupport::builtinModel;

namespace {

// Where `words` are in the built-in article `article` (found by the test in the text).
TextSpan spanOf(const DocumentModel &model, const QString &article, const QString &words)
{
    const Article *a = model.article(article);
    const qsizetype start = a ? a->text.toString().indexOf(words) : -1;
    return start < 0 ? TextSpan{} : TextSpan{start, start + words.size()};
}

StoredClaim coded(const DocumentModel &model, const char *country, const char *dimension,
                  const char *value, const QString &article, const QString &words,
                  const QString &coder, const QString &memo = {})
{
    StoredClaim s;
    s.claim.country = QLatin1String(country);
    s.claim.dimension = QLatin1String(dimension);
    s.claim.value = QLatin1String(value);
    s.claim.article = article;
    s.claim.span = spanOf(model, article, words);
    s.claim.quote = words;
    s.claim.coder = coder;
    s.claim.note = memo;
    s.textSha256 = model.article(article)->sha256;
    return s;
}

struct Library {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("library.sqlite"));
    LibraryDatabase db{path};
    Library()
    {
        QString error;
        EXPECT_TRUE(db.open(&error)) << error.toStdString();
    }
    DocumentModelPtr model(const ClaimFilter &filter = {}) const
    {
        return DocumentModelBuilder::build(CorpusOptions(true, {}, path), {}, filter);
    }
};

const QString kGfsis = QStringLiteral("gfsis-50-post-soviet");
const QString kSameDay = QStringLiteral("Georgia also submitted an application on the same day.");

} // namespace

TEST(LibraryClaims, KeepsEveryFieldAndTakesARemovedClaimBackUnderItsId)
{
    Library lib;
    const auto base = builtinModel();
    QString error;
    StoredClaim s = coded(*base, "GEO", "eu_application", "yes", kGfsis, kSameDay,
                          QStringLiteral("Ana"), QStringLiteral("the preceding sentence dates it"));
    const qint64 id = LibraryClaims::add(lib.db, s, &error);
    ASSERT_GT(id, 0) << error.toStdString();
    auto all = LibraryClaims::all(lib.db, &error);
    ASSERT_TRUE(all && all->size() == 1);
    const Claim &c = all->first().claim;
    EXPECT_EQ(c.id, id);
    EXPECT_EQ(c.quote, kSameDay);
    EXPECT_EQ(c.span.start, s.claim.span.start);
    EXPECT_EQ(c.coder, QStringLiteral("Ana"));
    EXPECT_EQ(c.note, QStringLiteral("the preceding sentence dates it"));
    EXPECT_TRUE(c.coded.isValid());
    EXPECT_LE(qAbs(c.coded.secsTo(QDateTime::currentDateTimeUtc())), 60);
    EXPECT_EQ(all->first().textSha256, s.textSha256);

    StoredClaim changed = all->first();
    changed.claim.value = QStringLiteral("no");
    ASSERT_TRUE(LibraryClaims::update(lib.db, changed, &error)) << error.toStdString();
    EXPECT_EQ(LibraryClaims::all(lib.db, &error)->first().claim.value, QStringLiteral("no"));

    ASSERT_TRUE(LibraryClaims::remove(lib.db, id, &error));
    EXPECT_TRUE(LibraryClaims::all(lib.db, &error)->isEmpty());
    EXPECT_FALSE(LibraryClaims::remove(lib.db, id, &error));
    EXPECT_TRUE(error.contains(lib.path));
    // Undoing the remove: the same claim, the same id.
    EXPECT_EQ(LibraryClaims::add(lib.db, changed, &error), id);
    EXPECT_EQ(LibraryClaims::all(lib.db, &error)->first().claim.id, id);
}

TEST(Coding, ASecondCoderWhoDisagreesMakesThePositionAConflict)
{
    Library lib;
    const auto before = lib.model();
    const Position *p = before->position(QStringLiteral("GEO"), QStringLiteral("eu_application"));
    ASSERT_TRUE(p);
    ASSERT_FALSE(p->conflict);
    ASSERT_EQ(p->value, QStringLiteral("yes"));
    QString error;
    ASSERT_GT(LibraryClaims::add(lib.db,
                                 coded(*before, "GEO", "eu_application", "no", kGfsis, kSameDay,
                                       QStringLiteral("Ben")),
                                 &error),
              0);
    const auto after = DocumentModelBuilder::recode(*before, lib.db);
    const Position *q = after->position(QStringLiteral("GEO"), QStringLiteral("eu_application"));
    ASSERT_TRUE(q);
    EXPECT_TRUE(q->conflict);
    EXPECT_EQ(q->values(), QStringList({QStringLiteral("yes"), QStringLiteral("no")}));
    EXPECT_EQ(q->claims.size(), p->claims.size() + 1);
    EXPECT_EQ(after->conflictCount(), before->conflictCount() + 1);
    const Claim &ben = q->claims.last();
    EXPECT_EQ(ben.coder, QStringLiteral("Ben"));
    EXPECT_EQ(ben.whose(QStringLiteral("Ana")), QStringLiteral("coded by Ben"));
    EXPECT_EQ(ben.whose(QStringLiteral("Ben")), QStringLiteral("yours"));
    // Only positions were made again: the articles' extraction is the snapshot's own.
    EXPECT_EQ(after->events.constData(), before->events.constData());
    EXPECT_EQ(after->mentions.constData(), before->mentions.constData());
    // A new build (a restart) reads the same claim back.
    const auto restarted = lib.model();
    EXPECT_TRUE(
        restarted->position(QStringLiteral("GEO"), QStringLiteral("eu_application"))->conflict);
}

TEST(Coding, ClaimsByEveryoneMeOrTheCuratedCodebook)
{
    Library lib;
    const auto base = builtinModel();
    QString error;
    LibraryClaims::add(
        lib.db,
        coded(*base, "GEO", "eu_application", "no", kGfsis, kSameDay, QStringLiteral("Ben")),
        &error);
    const qsizetype curated = base->claims.size();
    const auto everyone = lib.model();
    EXPECT_EQ(everyone->claims.size(), curated + 1);
    const auto mine = lib.model({ClaimFilter::By::Me, QStringLiteral("Ben")});
    ASSERT_EQ(mine->claims.size(), 1);
    EXPECT_EQ(mine->position(QStringLiteral("GEO"), QStringLiteral("eu_application"))->value,
              QStringLiteral("no"));
    EXPECT_EQ(mine->positions.size(), 1);
    EXPECT_TRUE(lib.model({ClaimFilter::By::Me, QStringLiteral("Ana")})->positions.isEmpty());
    const auto curatedOnly =
        DocumentModelBuilder::withFilter(*everyone, {ClaimFilter::By::Curated, {}});
    EXPECT_EQ(curatedOnly->claims.size(), curated);
    EXPECT_FALSE(
        curatedOnly->position(QStringLiteral("GEO"), QStringLiteral("eu_application"))->conflict);
    EXPECT_EQ(curatedOnly->everyClaim.size(), curated + 1); // nothing is lost, only not shown
}

TEST(Coding, AClaimWhoseTextChangedIsReportedNotShown)
{
    Library lib;
    const auto base = builtinModel();
    StoredClaim stale =
        coded(*base, "GEO", "eu_application", "no", kGfsis, kSameDay, QStringLiteral("Ben"));
    stale.textSha256 = "0000"; // coded on a text that is not this article's any more
    QString error;
    const qint64 id = LibraryClaims::add(lib.db, stale, &error);
    StoredClaim gone = stale;
    gone.claim.article = QStringLiteral("no-such-article");
    LibraryClaims::add(lib.db, gone, &error);
    const auto model = lib.model();
    EXPECT_EQ(model->claims.size(), base->claims.size());
    EXPECT_FALSE(
        model->position(QStringLiteral("GEO"), QStringLiteral("eu_application"))->conflict);
    QStringList messages;
    for (const Problem &p : model->problems) {
        if (p.file == lib.path)
            messages.append(p.message);
    }
    ASSERT_EQ(messages.size(), 2) << messages.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(messages.at(0).contains(QStringLiteral("claim %1").arg(id)));
    EXPECT_TRUE(messages.at(0).contains(QStringLiteral("has changed")));
    EXPECT_TRUE(messages.at(1).contains(QStringLiteral("not in the corpus")));
    EXPECT_EQ(model->codingProblemCount, 2);
}

TEST(Coding, RefusesASpanOutsideTheTextAValueNotTheDimensionsAndTheSameClaimTwice)
{
    const auto model = builtinModel();
    Claim c;
    c.article = kGfsis;
    c.country = QStringLiteral("GEO");
    c.dimension = QStringLiteral("eu_application");
    c.value = QStringLiteral("yes");
    const qsizetype length = model->article(kGfsis)->text.size();
    c.span = {length - 5, length + 5};
    EXPECT_TRUE(CodedClaims::refusal(c, *model, {}).contains(QStringLiteral("outside")));
    c.span = spanOf(*model, kGfsis, kSameDay);
    EXPECT_TRUE(CodedClaims::refusal(c, *model, {}).isEmpty());
    // Offsets past 32 bits (a mistyped argument) are not cut down to the ones they end in.
    const qsizetype past32Bits = qsizetype(1) << 32;
    const TextSpan wrapped{past32Bits + c.span.start, past32Bits + c.span.end};
    EXPECT_EQ(wrapped.start, -1);
    c.span = wrapped;
    EXPECT_TRUE(CodedClaims::refusal(c, *model, {}).contains(QStringLiteral("outside")));
    c.span = spanOf(*model, kGfsis, kSameDay);
    c.value = QStringLiteral("perhaps");
    EXPECT_TRUE(CodedClaims::refusal(c, *model, {}).contains(QStringLiteral("not a value")));
    c.value = QStringLiteral("yes");
    Claim same = c;
    same.id = 4;
    same.coder = QStringLiteral("Ana");
    EXPECT_TRUE(CodedClaims::refusal(c, *model, {same}).contains(QStringLiteral("same claim")));
    c.country = QStringLiteral("XXX");
    EXPECT_TRUE(CodedClaims::refusal(c, *model, {}).contains(QStringLiteral("unknown country")));
}

// A claim whose stored span a damaged library changed is not shown; the message gives the span
// as the library holds it, not the -1 an offset past 32 bits is read as.
TEST(Coding, AClaimWithADamagedSpanIsRefusedNamingTheSpanStored)
{
    Library lib;
    const auto base = builtinModel();
    QString error;
    const qint64 id = LibraryClaims::add(
        lib.db,
        coded(*base, "GEO", "eu_application", "yes", kGfsis, kSameDay, QStringLiteral("Ana")),
        &error);
    ASSERT_GT(id, 0) << error.toStdString();
    ASSERT_EQ(lib.model()->everyClaim.size(), base->everyClaim.size() + 1);
    const qint64 past32Bits = (qint64(1) << 32) + 7;
    QSqlQuery damage(lib.db.connection());
    ASSERT_TRUE(damage.exec(QStringLiteral("UPDATE claims SET span_start = %1").arg(past32Bits)));
    const auto model = lib.model();
    EXPECT_EQ(model->everyClaim.size(), base->everyClaim.size());
    const QString stored = QString::number(past32Bits) + QLatin1Char(':');
    bool named = false;
    for (const Problem &p : model->problems)
        named = named || (p.message.contains(stored) && p.file == lib.path);
    EXPECT_TRUE(named);
    for (const Problem &p : model->problems)
        EXPECT_FALSE(p.message.contains(QStringLiteral("span -1:"))) << p.toString().toStdString();
}

TEST(Coding, AnOwnDimensionReachesPositionsComparisonAndCsv)
{
    Library lib;
    const auto base = builtinModel();
    Dimension refugees{QStringLiteral("hosts_refugees"),
                       QStringLiteral("Hosts refugees"),
                       {{QStringLiteral("yes"), QStringLiteral("Hosts them"), std::nullopt},
                        {QStringLiteral("no"), QStringLiteral("Does not"), std::nullopt}},
                       true};
    QString error;
    ASSERT_TRUE(LibraryClaims::addDimension(lib.db, refugees, &error)) << error.toStdString();
    const QString words = QStringLiteral("Moldova");
    LibraryClaims::add(
        lib.db, coded(*base, "MDA", "hosts_refugees", "yes", kGfsis, words, QStringLiteral("Ana")),
        &error);
    const auto model = lib.model();
    const Dimension *d = model->dimensions.find(QStringLiteral("hosts_refugees"));
    ASSERT_TRUE(d);
    EXPECT_TRUE(d->own);
    EXPECT_EQ(model->dimensions.all().size(), Dimensions::builtin().all().size() + 1);
    const Position *p = model->position(QStringLiteral("MDA"), QStringLiteral("hosts_refugees"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->value, QStringLiteral("yes"));
    const Comparison comparison =
        Comparison::build(*model, {QStringLiteral("MDA"), QStringLiteral("GEO")});
    const bool listed =
        std::any_of(comparison.rows.cbegin(), comparison.rows.cend(), [](const ComparisonRow &r) {
            return r.dimension == QLatin1String("hosts_refugees");
        });
    EXPECT_TRUE(listed);
    const QString csv = QString::fromUtf8(ComparisonCsv::toCsv(comparison, *model));
    EXPECT_TRUE(csv.contains(QStringLiteral("Hosts refugees")));
    EXPECT_TRUE(csv.contains(QStringLiteral("Hosts them")));
    EXPECT_TRUE(csv.contains(QStringLiteral("coded by Ana")));
    // A dimension whose id is taken is refused, and named.
    Dimension clash = refugees;
    clash.id = QStringLiteral("stance");
    EXPECT_FALSE(model->dimensions.check(clash).isEmpty());
}

TEST(Dimensions, MakesIdsFromNamesAndChecksValues)
{
    EXPECT_EQ(Dimensions::idFor(QStringLiteral("Condemns the annexation!")),
              QStringLiteral("condemns_the_annexation"));
    EXPECT_EQ(Dimensions::idFor(QStringLiteral("2022 sanctions")),
              QStringLiteral("d_2022_sanctions"));
    Dimension d{QStringLiteral("x_dim"),
                QStringLiteral("X"),
                {{QStringLiteral("a"), QStringLiteral("A"), 1},
                 {QStringLiteral("b"), QStringLiteral("B"), std::nullopt}}};
    EXPECT_TRUE(Dimensions().check(d).contains(QStringLiteral("score")));
    d.values[1].score = -1;
    EXPECT_TRUE(Dimensions().check(d).isEmpty());
    d.values.removeLast();
    EXPECT_TRUE(Dimensions().check(d).contains(QStringLiteral("two values")));
}
