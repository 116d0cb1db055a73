#include "fuzz_harness.h"

#include "app/import/article_importer.h"
#include "app/search/article_search.h"

#include "app/codebook/codebook_loader.h"
#include "app/codebook/dimensions.h"
#include "app/corpus/boilerplate_rules.h"
#include "app/corpus/corpus_loader.h"
#include "app/corpus/date_parser.h"
#include "app/corpus/json_lines.h"
#include "app/corpus/manifest.h"
#include "app/corpus/text_decoder.h"
#include "app/extract/event_classifier.h"
#include "app/extract/event_extractor.h"
#include "app/extract/gazetteer.h"
#include "app/extract/mention_finder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace FuzzHarness {

namespace {

// The curated resources and the built-in corpus, read once for the whole fuzzing run.
struct Builtins {
    Problems problems;
    BoilerplateRules rules = BoilerplateRules::builtin(&problems);
    Gazetteer gazetteer = Gazetteer::builtin(&problems);
    EventClassifier classifier = EventClassifier::builtin(&problems);
    QVector<Article> articles = CorpusLoader(rules).load(CorpusOptions{}).articles;
};

const Builtins &builtins()
{
    static const Builtins b;
    return b;
}

bool inside(const TextSpan &span, qsizetype size)
{
    return span.start >= 0 && span.start <= span.end && span.end <= size;
}

QString checkArticle(const Article &a)
{
    const qsizetype size = a.text.size();
    for (const Paragraph &p : a.paragraphs) {
        if (!inside(p.span, size))
            return QStringLiteral("paragraph span outside the text");
    }
    for (const Sentence &s : a.sentences) {
        if (!inside(s.span, size) || s.paragraph < 0 || s.paragraph >= a.paragraphs.size())
            return QStringLiteral("sentence outside the text or its paragraphs");
    }
    return {};
}

} // namespace

QString article(const QByteArray &bytes)
{
    const Builtins &b = builtins();
    const DecodedText decoded = TextDecoder::decode(bytes, QStringLiteral("fuzz.txt"));
    if (!decoded.text)
        return decoded.problems.isEmpty() ? QStringLiteral("refused without a problem") : QString();
    const Article a = CorpusLoader(b.rules).makeArticle(*decoded.text, QStringLiteral("fuzz.txt"),
                                                        nullptr, false);
    if (QString error = checkArticle(a); !error.isEmpty())
        return error;
    const QVector<Mention> mentions = MentionFinder(b.gazetteer).find(a);
    for (const Mention &m : mentions) {
        if (!inside(m.span, a.text.size()) || m.sentence >= a.sentences.size())
            return QStringLiteral("mention outside the text");
    }
    for (const Event &e : EventExtractor(b.gazetteer, b.classifier).extract(a, mentions)) {
        if (!inside(e.span, a.text.size()) || !e.date.isValid() || e.countries.isEmpty())
            return QStringLiteral("event outside the text, undated or without a country");
    }
    return {};
}

QString dates(const QByteArray &bytes)
{
    // The first byte picks the year context: unknown, 2022, or 2022 with a publication date.
    const int mode = bytes.isEmpty() ? 0 : static_cast<unsigned char>(bytes.at(0)) % 3;
    const QString text = QString::fromUtf8(bytes.mid(1));
    const DateParser parser(mode == 0 ? 0 : 2022, mode == 2 ? QDate(2022, 3, 31) : QDate());
    QVector<TextSpan> impossible;
    for (const DateMention &d : parser.find(text, 7, &impossible)) {
        if (d.span.start < 7 || !inside({d.span.start - 7, d.span.end - 7}, text.size()))
            return QStringLiteral("date span outside the text");
        if (!d.range.isValid())
            return QStringLiteral("date range not in order");
    }
    for (const TextSpan &span : impossible) {
        if (span.start < 7 || !inside({span.start - 7, span.end - 7}, text.size()))
            return QStringLiteral("impossible date span outside the text");
    }
    return {};
}

QString manifest(const QByteArray &bytes)
{
    Problems problems;
    const Manifest m = Manifest::parse(bytes, QStringLiteral("manifest.json"), &problems);
    const int lines = int(bytes.count('\n') + bytes.count('\r')) + 1;
    for (const Problem &p : problems) {
        if (p.line < 0 || p.line > lines || p.message.isEmpty())
            return QStringLiteral("a problem without a message or with a line outside the file");
    }
    // Every entry the manifest keeps is one of the file's entries with a "file", and its dates
    // are either valid and in order or not given at all.
    const QJsonArray entries =
        QJsonDocument::fromJson(bytes).object().value(QLatin1String("articles")).toArray();
    QSet<QString> files;
    for (const QJsonValue &entry : entries) {
        const QString file = entry.toObject().value(QLatin1String("file")).toString();
        if (file.isEmpty())
            continue;
        files.insert(file);
        const ManifestEntry *kept = m.find(file);
        if (!kept)
            return QStringLiteral("an entry with a file name was dropped");
        const DateRange &period = kept->meta.period;
        if (period.from.isValid() != period.to.isValid() ||
            (period.from.isValid() && period.to < period.from))
            return QStringLiteral("a period kept half or out of order");
    }
    return m.size() == files.size() ? QString()
                                    : QStringLiteral("kept entries that are not in the file");
}

QString codebook(const QByteArray &bytes)
{
    const Builtins &b = builtins();
    Problems problems;
    const CodebookLoader loader(b.gazetteer, b.articles, Dimensions::builtin());
    for (const Claim &c : loader.parse(bytes, QStringLiteral("codebook.json"), &problems)) {
        const Article *cited = nullptr;
        for (const Article &a : b.articles)
            cited = a.id == c.article ? &a : cited;
        if (!cited || !inside(c.span, cited->text.size()) || c.span.length() == 0)
            return QStringLiteral("claim kept without its quote in an article");
    }
    return {};
}

QString import(const QByteArray &bytes)
{
    static const char *const formats[] = {"html", "pdf", "docx", "txt", "md"};
    if (bytes.isEmpty())
        return {};
    const QString format = QLatin1String(formats[uchar(bytes.at(0)) % 5]);
    const ImportResult result =
        ArticleImporter::fromBytes(bytes.mid(1), format, QStringLiteral("fuzz.") + format);
    if (result.imported && result.imported->text.trimmed().isEmpty())
        return QStringLiteral("imported an article with no text");
    if (!result.imported && !result.error.contains(QStringLiteral("fuzz.")))
        return QStringLiteral("a refusal that does not name the file");
    return {};
}

QString query(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const SearchQuery parsed = SearchQuery::parse(text);
    if (parsed.isValid() == !parsed.error.isEmpty())
        return QStringLiteral("a query both valid and refused, or neither");
    if (!parsed.isValid())
        return {};
    if (parsed.toFts5().count(QLatin1Char('"')) != 2 * parsed.terms.size())
        return QStringLiteral("an FTS5 query whose quotes do not pair");
    for (const TextSpan &span : ArticleSearch::spansIn(text, parsed)) {
        if (!inside(span, text.size()) || span.length() == 0)
            return QStringLiteral("a hit outside the text searched");
    }
    return {};
}

} // namespace FuzzHarness
