#include "app/extract/article_extraction.h"

#include "app/corpus/date_parser.h"
#include "app/corpus/line_numbers.h"
#include "app/corpus/subject_check.h"
#include "app/extract/interned_names.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace {

constexpr quint32 kRecordFormat = 0x50455831;    // "PEX1"; a change of layout takes a new number
constexpr qint32 kMostCountriesInAnEvent = 1000; // more than the world has: beyond is damage
constexpr int kMostInflation = 200;              // records compress far less than this
// The fewest bytes a mention and an event take in a record: a count the record's size cannot
// hold is damage, refused before room is reserved for it.
constexpr qsizetype kSmallestMention = 28;
constexpr qsizetype kSmallestEvent = 46;

// An event's type and countries read from a record: the one copy of the process's, as those
// of an event extracted are the gazetteer's and the rules' own (a big library's events name a
// country hundreds of thousands of times). A name the table has no room for keeps its copy.
QString interned(const QString &name)
{
    const int number = InternedNames::numberOf(name);
    return number < 0 ? name : InternedNames::name(number);
}

// Day-and-month dates of an article that names no year anywhere take the corpus's reference
// year, marked assumed; without one they are skipped. Either way, say so.
Problems undatedYearOf(const Article &a, int referenceYear)
{
    if (a.contextYear() > 0 || DateParser(2000).find(a.text.view()).isEmpty())
        return {};
    const QVector<DateMention> dates = DateParser(0).find(a.text.view());
    if (std::any_of(dates.cbegin(), dates.cend(),
                    [](const DateMention &d) { return d.yearExplicit; }))
        return {}; // its dates take the year of the nearest one that gives it
    if (referenceYear > 0)
        return {{a.shownPath(), 0,
                 QStringLiteral("names dates without a year and no year anywhere; its events "
                                "are dated in %1, the corpus's reference year, marked \"year "
                                "assumed\" (add a date line such as \"2 March 2022\" or a "
                                "manifest entry)")
                     .arg(referenceYear)}};
    return {{a.shownPath(), 0,
             QStringLiteral("names dates without a year and no year anywhere; its events are "
                            "skipped (add a date line such as \"2 March 2022\" or a manifest "
                            "entry)")}};
}

// "February 30" is no date: it is left out of the timeline, and the user told where it is.
Problems impossibleDatesIn(const Article &a)
{
    Problems problems;
    QVector<TextSpan> impossible;
    DateParser(a.contextYear(), a.meta.published).find(a.text.view(), 0, &impossible);
    qsizetype reportedUpTo = -1;
    for (const TextSpan &span : impossible) {
        if (span.start < reportedUpTo)
            continue; // the same words matched in two forms
        reportedUpTo = span.end;
        problems.append({a.shownPath(), LineNumbers::at(a.text.utf16(), span.start),
                         QStringLiteral("\"%1\" is not a date in the calendar; it is left out "
                                        "of the timeline")
                             .arg(a.slice(span).toString())});
    }
    return problems;
}

void write(QDataStream &out, const TextSpan &span)
{
    out << qint64(span.start) << qint64(span.end);
}

bool read(QDataStream &in, TextSpan &span, const Article &article)
{
    qint64 start = 0;
    qint64 end = 0;
    in >> start >> end;
    if (start < 0 || start > end || end > article.text.size())
        return false;
    span = {qint32(start), qint32(end)};
    return true;
}

bool readSentence(QDataStream &in, int &sentence, const Article &article)
{
    qint32 value = 0;
    in >> value;
    sentence = value;
    return value >= -1 && value < article.sentences.size();
}

void write(QDataStream &out, const Problems &problems)
{
    out << qint32(problems.size());
    for (const Problem &p : problems)
        out << qint32(p.line) << p.message;
}

bool read(QDataStream &in, Problems &problems, const Article &article)
{
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > article.text.size() + 1)
        return false;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Problem p{article.shownPath(), 0, {}};
        qint32 line = 0;
        in >> line >> p.message;
        p.line = line;
        problems.append(p);
    }
    return true;
}

} // namespace

ArticleExtraction ArticleExtraction::of(const Article &given, const MentionFinder &finder,
                                        const EventExtractor &extractor, int referenceYear)
{
    const Article article = given.opened(); // once for every stage
    // Dates are looked for over the whole text, mentions and events in each sentence and clause:
    // PCRE2 checks the text once, not before each of those matches.
    const SubjectCheck::ValidText checkedOnce(article.text.utf16());
    ArticleExtraction found;
    found.undatedYear = undatedYearOf(article, referenceYear);
    found.impossibleDates = impossibleDatesIn(article);
    found.mentions = finder.find(article);
    found.events = extractor.extract(article, found.mentions);
    // The mentions are kept as they are for as long as the model: without the room the list grew
    // into (up to half of it). (The events are moved into one list of the model's.)
    found.mentions.squeeze();
    return found;
}

QByteArray ArticleExtraction::encode() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kRecordFormat << qint32(mentions.size());
    for (const Mention &m : mentions) {
        write(out, m.span);
        out << m.entity() << m.category() << qint32(m.sentence);
    }
    out << qint32(events.size());
    for (const Event &e : events) {
        out << e.date.from.toJulianDay() << e.date.to.toJulianDay() << qint8(e.precision)
            << e.yearAssumed << e.type << qint32(e.sentence);
        write(out, e.span);
        out << qint32(e.countries.size());
        for (const QString &country : e.countries)
            out << country;
    }
    write(out, undatedYear);
    write(out, impossibleDates);
    // qCompress allocates room for the worst case, as much as the record before compression,
    // and keeps it: a library's fresh records, held until they are stored, took three times
    // their size.
    QByteArray record = qCompress(bytes, 3);
    record.squeeze();
    return record;
}

std::optional<ArticleExtraction> ArticleExtraction::decode(const QByteArray &record,
                                                           const Article &article)
{
    // qUncompress allocates the size a record's first four bytes claim: a damaged one could
    // claim gigabytes. No record inflates to more than this many times its size.
    if (record.size() < 4)
        return std::nullopt;
    const quint32 claimed = (quint32(uchar(record[0])) << 24) | (quint32(uchar(record[1])) << 16) |
                            (quint32(uchar(record[2])) << 8) | quint32(uchar(record[3]));
    if (claimed > quint32(kMostInflation) * quint32(std::min<qsizetype>(record.size(), 1 << 22)))
        return std::nullopt;
    const QByteArray bytes = qUncompress(record); // empty when the record is damaged
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 format = 0;
    in >> format;
    if (format != kRecordFormat)
        return std::nullopt;
    ArticleExtraction found;
    const auto fits = [&](bool ok) { return ok && in.status() == QDataStream::Ok; };
    qint32 count = 0;
    in >> count;
    if (count < 0 || count > article.text.size() || count > bytes.size() / kSmallestMention)
        return std::nullopt;
    found.mentions.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        Mention m;
        bool ok = read(in, m.span, article);
        QString entity;
        QString category;
        in >> entity >> category;
        const int entityNumber = InternedNames::numberOf(entity);
        const int categoryNumber = InternedNames::numberOf(category);
        ok = entityNumber >= 0 && categoryNumber >= 0 && ok;
        m.entityNumber = quint16(std::max(entityNumber, 0));
        m.categoryNumber = quint16(std::max(categoryNumber, 0));
        ok = readSentence(in, m.sentence, article) && ok;
        if (!fits(ok))
            return std::nullopt;
        found.mentions.append(m);
    }
    in >> count;
    if (count < 0 || count > article.text.size() || count > bytes.size() / kSmallestEvent)
        return std::nullopt;
    found.events.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        Event e;
        qint64 from = 0;
        qint64 to = 0;
        qint8 precision = 0;
        in >> from >> to >> precision >> e.yearAssumed >> e.type;
        e.type = interned(e.type);
        e.date = {QDate::fromJulianDay(from), QDate::fromJulianDay(to)};
        e.precision = DateMention::Precision(precision);
        bool ok =
            precision >= 0 && precision <= qint8(DateMention::Precision::Year) && e.date.isValid();
        ok = readSentence(in, e.sentence, article) && ok;
        ok = read(in, e.span, article) && ok;
        qint32 countries = 0;
        in >> countries;
        if (!fits(ok && countries >= 0 && countries <= kMostCountriesInAnEvent))
            return std::nullopt;
        for (qint32 c = 0; c < countries && in.status() == QDataStream::Ok; ++c) {
            QString country;
            in >> country;
            e.countries.append(interned(country));
        }
        if (!fits(ok))
            return std::nullopt;
        e.article = article.id;
        found.events.append(e);
    }
    if (!fits(read(in, found.undatedYear, article) && read(in, found.impossibleDates, article)) ||
        !in.atEnd())
        return std::nullopt;
    return found;
}
