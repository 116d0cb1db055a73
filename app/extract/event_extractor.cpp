#include "app/extract/event_extractor.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {

// "The parties met in Moscow": the parties are the countries named before, plus any named here.
const QRegularExpression &pluralAnaphora()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(the parties|the sides|the presidents|the leaders|the ministers|"
                       "the two countries|both countries)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "The President said": someone named before, when the sentence names no one else.
const QRegularExpression &singularAnaphora()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(the president|the leader|the ministry|the country|the meeting|he|"
                       "his|she|her|they|their)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

enum class Relative { None, SameDay, NextDay };

Relative relativeDate(QStringView sentence)
{
    static const QRegularExpression sameDay(QStringLiteral("\\b(on )?the same day\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nextDay(QStringLiteral("\\b(the next|the following) day\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (sameDay.match(sentence).hasMatch())
        return Relative::SameDay;
    if (nextDay.match(sentence).hasMatch())
        return Relative::NextDay;
    return Relative::None;
}

} // namespace

EventExtractor::EventExtractor(const Gazetteer &gazetteer, const EventClassifier &classifier)
    : m_gazetteer(gazetteer)
    , m_classifier(classifier)
{}

namespace {

// Cross-references ("See also the 50th publication…") and remarks about the text itself
// ("In this publication, we will review…") are not events.
bool isAboutTheText(QStringView sentence)
{
    static const QRegularExpression re(
        QStringLiteral("^(see |\\(see )|\\bthis (publication|review|article|paper)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(sentence).hasMatch();
}

// Dates that do not date the sentence.
QVector<DateMention> datingMentions(QStringView text, const QVector<DateMention> &dates,
                                    qsizetype offset)
{
    // "(see …)" references, and relative clauses ("Tokayev, to whose rescue Russia had flown in
    // January, stated…"): their dates belong to something else than the sentence's event.
    static const QRegularExpression reference(
        QStringLiteral("\\(see [^)]*\\)|,\\s*(?:to whom|to whose|whose|who|which|where)\\b[^,]*,"),
        QRegularExpression::CaseInsensitiveOption);
    // The references are found once per sentence, not once per date: a long pasted "sentence"
    // with thousands of dates would otherwise be scanned thousands of times.
    QVector<TextSpan> references;
    if (!dates.isEmpty()) {
        for (auto it = reference.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            references.append({m.capturedStart() + offset, m.capturedEnd() + offset});
        }
    }
    QVector<DateMention> kept;
    for (const DateMention &d : dates) {
        // References do not overlap and come in order: the only one that can hold d is the
        // last one starting at or before it.
        const auto after =
            std::upper_bound(references.cbegin(), references.cend(), d.span.start,
                             [](qsizetype start, const TextSpan &r) { return start < r.start; });
        if (after == references.cbegin() || !std::prev(after)->contains(d.span))
            kept.append(d);
    }
    return kept;
}

// The date a sentence is filed under. "Following X on 28 February, Y did Z on 3 March": the
// main clause comes last, so a sentence opening with following/after/before takes its last day.
const DateMention *eventDate(QStringView text, const QVector<DateMention> &dates)
{
    static const QRegularExpression subordinate(QStringLiteral("^(following|after|before)\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
    QVector<const DateMention *> days;
    for (const DateMention &d : dates) {
        if (d.precision == DateMention::Precision::Day)
            days.append(&d);
    }
    if (days.size() >= 2 && subordinate.match(text).hasMatch())
        return days.last();
    if (!days.isEmpty())
        return days.first();
    return dates.isEmpty() ? nullptr : &dates.first();
}

void addMissing(QStringList &countries, const QStringList &more)
{
    for (const QString &iso : more) {
        if (!countries.contains(iso))
            countries.append(iso);
    }
}

// Which countries a paragraph is about: those of its first sentence that names any.
struct Topic {
    QStringList countries;
    int paragraph = -1;
};

} // namespace

QHash<int, QStringList> EventExtractor::countriesBySentence(const QVector<Mention> &mentions) const
{
    QHash<int, QStringList> result;
    for (const Mention &m : mentions) {
        if (m.sentence < 0 || !m_gazetteer.country(m.entity))
            continue;
        QStringList &list = result[m.sentence];
        if (!list.contains(m.entity))
            list.append(m.entity);
    }
    return result;
}

QVector<Event> EventExtractor::extract(const Article &article,
                                       const QVector<Mention> &mentions) const
{
    const QHash<int, QStringList> named = countriesBySentence(mentions);
    const QDate notAfter =
        article.meta.published.isValid() ? article.meta.published : article.meta.period.to;
    const DateParser parser(article.contextYear(), notAfter);
    QVector<Event> events;
    Topic topic;
    DateRange lastDate;
    int lastDateParagraph = -1;
    for (int i = 0; i < article.sentences.size(); ++i) {
        const Sentence &sentence = article.sentences.at(i);
        if (article.paragraphs.at(sentence.paragraph).boilerplate)
            continue;
        const QStringView text = article.slice(sentence.span);
        QStringList countries = named.value(i);
        const bool opensTopic = !countries.isEmpty() && topic.paragraph != sentence.paragraph;

        Event event;
        const QVector<DateMention> dates =
            datingMentions(text, parser.find(text, sentence.span.start), sentence.span.start);
        if (const DateMention *date = eventDate(text, dates)) {
            event.date = date->range;
            event.precision = date->precision;
        } else if (lastDate.isValid() && sentence.paragraph - lastDateParagraph <= 1) {
            // "On the same day", "the next day": relative to a date just before.
            const Relative relative = relativeDate(text);
            if (relative == Relative::SameDay)
                event.date = lastDate;
            else if (relative == Relative::NextDay)
                event.date = {lastDate.from.addDays(1), lastDate.from.addDays(1)};
        }

        if (event.date.isValid() && !topic.countries.isEmpty()) {
            // "The parties met": the countries of the topic, whatever else the sentence names.
            // "The Ministry said": the topic's, unless the sentence names its own actors.
            const bool sameParagraph = topic.paragraph == sentence.paragraph;
            if (pluralAnaphora().match(text).hasMatch() ||
                (countries.size() < 2 && singularAnaphora().match(text).hasMatch()) ||
                (countries.isEmpty() && sameParagraph))
                addMissing(countries, topic.countries);
        }
        if (opensTopic)
            topic = {countries, sentence.paragraph};
        if (!event.date.isValid())
            continue;
        lastDate = event.date;
        lastDateParagraph = sentence.paragraph;
        if (countries.isEmpty() || isAboutTheText(text))
            continue;
        event.type = m_classifier.classify(text);
        event.article = article.id;
        event.sentence = i;
        event.span = sentence.span;
        event.text = text.toString();
        event.countries = countries;
        events.append(event);
    }
    return events;
}
