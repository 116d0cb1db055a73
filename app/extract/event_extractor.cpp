#include "app/extract/event_extractor.h"

#include "app/corpus/metadata_lines.h"
#include "app/corpus/pcre_pattern.h"
#include "app/corpus/subject_check.h"
#include "app/extract/article_years.h"
#include "app/extract/event_dating.h"
#include "app/extract/event_participants.h"
#include "app/extract/event_reader.h"

#include <QRegularExpression>

namespace {

// ", and on the same day Estonia's Prime Minister called…", ", while Uzbekistan sent aid on
// 4 March": a clause joined by "and", "while", "but" or "whereas" that carries a date of its
// own tells of an event of its own, when the part before it has a date too.
QVector<TextSpan> coordinated(QStringView text, TextSpan clause, const QVector<DateMention> &dates)
{
    static const PcrePattern joint(QStringLiteral(",\\s+(?:and|while|but|whereas)\\s+"),
                                   QRegularExpression::CaseInsensitiveOption);
    static const PcrePattern relative(
        QStringLiteral("\\b(the same day|the next day|the following day|this date)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1Char(','))) // every joint opens with one
        return {clause};
    QVector<TextSpan> parts;
    qsizetype start = clause.start;
    for (auto it = joint.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype at = clause.start + m.capturedStart();
        const qsizetype next = clause.start + m.capturedEnd();
        auto datedIn = [&](qsizetype from, qsizetype to) {
            return std::any_of(dates.cbegin(), dates.cend(), [&](const DateMention &d) {
                return d.span.start >= from && d.span.end <= to;
            });
        };
        // The part after runs to the next joint, or to the clause's end.
        qsizetype after = clause.end;
        if (const auto more = joint.match(text, m.capturedEnd()); more.hasMatch())
            after = clause.start + more.capturedStart();
        const QStringView tail = text.mid(next - clause.start, after - next);
        if (datedIn(start, at) && (datedIn(next, after) || relative.match(tail).hasMatch())) {
            parts.append({start, at});
            start = next;
        }
    }
    parts.append({start, clause.end});
    return parts;
}

// "ASTANA — ", "MOSCOW, Russia (AP) – ": the dateline that opens a report's first paragraph
// says where it was written from, before the first sentence's words. Its length, else 0.
qsizetype datelineLead(QStringView sentence)
{
    static const PcrePattern lead(
        QStringLiteral("^\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,2}(?:,(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})?"
                       "(?:\\s+\\([^()]{1,24}\\))?\\s*[—–]\\s*(?=\\S)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (sentence.size() < 4 || !sentence.front().isUpper() || !sentence.at(1).isUpper())
        return 0; // most sentences are passed over here
    const auto m = lead.match(sentence);
    return m.hasMatch() ? m.capturedEnd() : 0;
}

// Whether one of `mentions` (in text order) starts at `at`: "NATO — " names a party, not a place.
bool mentionStartsAt(const QVector<Mention> &mentions, qsizetype at)
{
    const auto found =
        std::lower_bound(mentions.cbegin(), mentions.cend(), at,
                         [](const Mention &m, qsizetype start) { return m.span.start < start; });
    return found != mentions.cend() && found->span.start == at;
}

} // namespace

EventExtractor::EventExtractor(const Gazetteer &gazetteer, const EventClassifier &classifier)
    : m_gazetteer(gazetteer)
    , m_classifier(classifier)
{}

QVector<TextSpan> EventExtractor::clauses(const Article &article, const Sentence &sentence)
{
    QVector<TextSpan> result;
    const QString own = article.text.isCompact() ? article.quote(sentence.span) : QString();
    const QStringView text =
        article.text.isCompact() ? QStringView(own) : article.slice(sentence.span);
    // Most sentences have no semicolon: one search for it, not a look at every character.
    if (!text.contains(QLatin1Char(';')))
        return {sentence.span};
    qsizetype start = 0;
    bool quoted = false; // a semicolon inside a quotation is the speaker's, not a clause's end
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x201C) || c == QChar(0x201D) || c == QLatin1Char('"'))
            quoted = c == QChar(0x201C) || (c == QLatin1Char('"') && !quoted);
        if (c != QLatin1Char(';') || quoted)
            continue;
        result.append({sentence.span.start + start, sentence.span.start + i});
        start = i + 1;
        while (start < text.size() && text.at(start).isSpace())
            ++start;
    }
    result.append({sentence.span.start + start, sentence.span.end});
    return result;
}

QVector<Event> EventExtractor::extract(const Article &given, const QVector<Mention> &mentions) const
{
    const Article article = given.opened();
    // Every clause is matched against dozens of expressions: the text is checked once.
    const SubjectCheck::ValidText checkedOnce(article.text.utf16());
    const EventParticipants participants(m_gazetteer, article, mentions);
    const ArticleYears years(article, m_gazetteer.referenceYear());
    EventReader reader(article, participants, m_classifier);
    int paragraphLookedAt = -1; // the last paragraph asked whether it is metadata, and its answer
    bool isMetadata = false;
    for (int i = 0; i < article.sentences.size(); ++i) {
        const Sentence &sentence = article.sentences.at(i);
        const Paragraph &paragraph = article.paragraphs.at(sentence.paragraph);
        if (paragraph.boilerplate)
            continue;
        // "Riga, 28 April 2022 | 5 min read" dates the article, not an event. A paragraph is
        // asked once, not once for each of its sentences.
        if (sentence.paragraph != paragraphLookedAt) {
            paragraphLookedAt = sentence.paragraph;
            isMetadata = sentence.paragraph < MetadataLines::kHeadLines &&
                         paragraph.span.length() <= 120 &&
                         MetadataLines::isMetadataLine(article.slice(paragraph.span));
        }
        if (isMetadata)
            continue;
        reader.startSentence(i);
        QVector<TextSpan> sentenceClauses = clauses(article, sentence);
        // A dateline's lead is no part of the first clause, and its place no party to the event.
        if (sentence.span.start == paragraph.span.start &&
            sentenceClauses.first().start == sentence.span.start) {
            const qsizetype lead = datelineLead(article.slice(sentence.span));
            if (lead > 0 && lead < sentenceClauses.first().length() &&
                !mentionStartsAt(mentions, sentence.span.start))
                sentenceClauses.first().start += lead;
        }
        for (const TextSpan &clause : std::as_const(sentenceClauses)) {
            const ArticleYears::Dates found = years.datesIn(article.slice(clause), clause.start);
            const QVector<TextSpan> parts = coordinated(article.slice(clause), clause, found.dates);
            for (const TextSpan &part : parts) {
                ArticleYears::Dates own{{}, found.yearAssumed};
                for (const DateMention &d : found.dates) {
                    if (part.contains(d.span))
                        own.dates.append(d);
                }
                reader.read(part, parts.size() == 1 ? found : own);
            }
        }
    }
    return reader.events();
}
