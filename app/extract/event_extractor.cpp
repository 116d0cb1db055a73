#include "app/extract/event_extractor.h"

#include "app/extract/article_years.h"
#include "app/extract/event_dating.h"
#include "app/extract/event_participants.h"

#include <QRegularExpression>

namespace {

void addMissing(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
}

// What the extraction remembers of the clause told before, for the next one.
struct Told {
    int paragraph = -1;
    QStringList lastEventHere; // the countries of the last event of the paragraph
    DateRange date;            // of the last event; invalid when the last clause telling of
    DateMention::Precision precision = DateMention::Precision::Day; // an event had none
    bool yearAssumed = false;
    bool eventBefore = false; // whether the clause just before made an event
    QStringList lastEvent;    // the countries of the last event of the article
};

// "In July, only telephone conversations took place between the presidents:" introduces the
// events listed after it; it is none itself.
bool introducesAList(QStringView clause)
{
    const QStringView trimmed = clause.trimmed();
    return trimmed.endsWith(QLatin1Char(':'));
}

// "The leaders of the post-Soviet countries met on 4 March": countries the gazetteer cannot
// name; the clause does not speak of those named before it.
bool speaksOfOtherCountries(QStringView clause)
{
    static const QRegularExpression re(QStringLiteral("\\b(countries|states|republics|nations)\\b"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(clause).hasMatch();
}

} // namespace

EventExtractor::EventExtractor(const Gazetteer &gazetteer, const EventClassifier &classifier)
    : m_gazetteer(gazetteer)
    , m_classifier(classifier)
{}

QVector<TextSpan> EventExtractor::clauses(const Article &article, const Sentence &sentence)
{
    QVector<TextSpan> result;
    const QStringView text = article.slice(sentence.span);
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char(';'))
            continue;
        result.append({sentence.span.start + start, sentence.span.start + i});
        start = i + 1;
        while (start < text.size() && text.at(start).isSpace())
            ++start;
    }
    result.append({sentence.span.start + start, sentence.span.end});
    return result;
}

QVector<Event> EventExtractor::extract(const Article &article,
                                       const QVector<Mention> &mentions) const
{
    const EventParticipants participants(m_gazetteer, article, mentions);
    const ArticleYears years(article, m_gazetteer.referenceYear());
    QVector<Event> events;
    Told told;
    int previousSentence = -1;
    for (int i = 0; i < article.sentences.size(); ++i) {
        const Sentence &sentence = article.sentences.at(i);
        if (article.paragraphs.at(sentence.paragraph).boilerplate)
            continue;
        if (told.paragraph != sentence.paragraph) {
            // A new paragraph goes on with the story; only the fallback for a clause that names
            // no one is kept within a paragraph.
            told.paragraph = sentence.paragraph;
            told.lastEventHere.clear();
        }
        for (const TextSpan &clause : clauses(article, sentence)) {
            const QStringView text = article.slice(clause);
            const ArticleYears::Dates found = years.datesIn(text, clause.start);
            QVector<TextSpan> foreign = EventDating::foreignParts(text, clause.start, found.dates);
            Event event;
            event.yearAssumed = found.yearAssumed;
            if (const DateMention *own = EventDating::ownDate(found.dates, foreign)) {
                event.date = own->range;
                event.precision = own->precision;
            } else if (!found.dates.isEmpty() && told.date.isValid() && told.eventBefore) {
                // Its only dates tell of other events ("congratulated him on the referendum
                // (held on February 27)"): it goes on with the event told before.
                event.date = told.date;
                event.precision = told.precision;
                event.yearAssumed = told.yearAssumed;
            } else if (found.dates.isEmpty() && told.eventBefore && told.date.isValid()) {
                switch (EventDating::relativeDay(text)) {
                case EventDating::Relative::SameDay:
                    event.date = told.date;
                    break;
                case EventDating::Relative::NextDay:
                    event.date = {told.date.from.addDays(1), told.date.from.addDays(1)};
                    break;
                case EventDating::Relative::None:
                    break;
                }
                event.precision = told.precision;
                event.yearAssumed = told.yearAssumed;
            }
            if (const auto range = EventDating::series(text, clause.start, found.dates, foreign))
                event.date = *range;
            QVector<TextSpan> notTyped = EventDating::merged(
                foreign + EventParticipants::circumstanceAndQuotes(text, clause.start));
            event.type = m_classifier.classify(text, clause.start, notTyped);
            const QVector<TextSpan> notTakingPart = EventDating::merged(
                foreign +
                participants.asides(text, clause.start, event.type == QLatin1String("military")));
            QStringList countries = participants.named(i, clause, notTakingPart);
            addMissing(countries,
                       participants.referredTo(i, clause, previousSentence, told.lastEvent));
            // "The active phase of the joint exercises ended on February 20": the parties of
            // the event before, when the clause names no one at all.
            if (countries.isEmpty() && event.date.isValid() &&
                !participants.namesAnyone(i, clause) && !speaksOfOtherCountries(text))
                countries =
                    !told.lastEventHere.isEmpty() || previousSentence < 0 ||
                            article.sentences.at(previousSentence).paragraph != sentence.paragraph
                        ? told.lastEventHere
                        : participants.named(previousSentence,
                                             article.sentences.at(previousSentence).span, {});
            const QStringList namedHere = participants.named(i, clause, notTakingPart);

            // "On February 28, the UN General Assembly adopted a resolution": an event whose
            // parties the next sentences name ("…supported by 141 (including Georgia, …)") is
            // kept until the end; one still without countries then is dropped.
            const bool isEvent = event.date.isValid() &&
                                 (!countries.isEmpty() || participants.namesAnyone(i, clause)) &&
                                 !EventDating::isAboutTheText(text) && !introducesAList(text);
            if (isEvent) {
                event.article = article.id;
                event.sentence = i;
                event.span = clause;
                event.text = text.toString();
                event.countries = countries;
                events.append(event);
                told.date = event.date;
                told.precision = event.precision;
                told.yearAssumed = event.yearAssumed;
                told.lastEvent = countries;
                told.lastEventHere = countries;
            } else if (!event.date.isValid() && !events.isEmpty() && told.eventBefore &&
                       m_classifier.speaksOfTheEventAgain(text)) {
                // "The resolution was supported by 141 (including Georgia, …)".
                addMissing(events.last().countries, namedHere);
                told.lastEvent = events.last().countries;
                told.lastEventHere = told.lastEvent;
                continue; // the event is still the one told before
            } else if (!namedHere.isEmpty() || !found.dates.isEmpty()) {
                // Another happening, undated: "the same day" after it has no day to take.
                told.eventBefore = false;
                continue;
            } else {
                continue; // a remark that names no one and no date leaves the chain as it was
            }
            told.eventBefore = true;
        }
        previousSentence = i;
    }
    events.removeIf([](const Event &e) { return e.countries.isEmpty(); });
    return events;
}
