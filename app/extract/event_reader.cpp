#include "app/extract/event_reader.h"

#include "app/corpus/pcre_pattern.h"
#include "app/extract/event_dating.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

void addMissing(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
}

// "In July, only telephone conversations took place between the presidents:" introduces the
// events listed after it; it is none itself.
bool introducesAList(QStringView clause)
{
    return clause.trimmed().endsWith(QLatin1Char(':'));
}

// Where a part of the clause after "but", "while", "whereas" or ", yet" begins (at the word),
// else -1: "…welcomed in Kyiv, but Azerbaijan kept silent". Not "not only … but also", "but
// even", nor "yet" without a comma ("has not yet been put to a vote").
qsizetype contrastStart(QStringView clause)
{
    static const PcrePattern re(
        QStringLiteral("(?:,\\s*|\\s+(?=(?:but|while|whereas)\\s))\\K(?:but|while|whereas|yet)\\s+"
                       "(?!(?:also|even)\\b)"));
    const auto m = re.match(clause);
    return m.hasMatch() ? m.capturedStart() : -1;
}

// "The leaders of the post-Soviet countries met on 4 March": countries the gazetteer cannot
// name; the clause does not speak of those named before it.
bool speaksOfOtherCountries(QStringView clause)
{
    static const PcrePattern re(QStringLiteral("\\b(countries|states|republics|nations)\\b"),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(clause).hasMatch();
}

// "Putin also congratulated him on the referendum (held on February 27)": a clause whose only
// dates tell of other events goes on with the event just told when it says it goes on.
bool goesOn(QStringView clause)
{
    static const PcrePattern re(
        QStringLiteral(
            "\\b(also|then|afterwards|at the meeting|at the talks|during the "
            "(meeting|visit|talks|call|conversation|address|speech)|in the course of)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(clause).hasMatch();
}

constexpr qsizetype kLongestAttribution = 120; // ", Kazakhstan's foreign ministry said in…"

// "…approved an aid package on 2 March, Sandu said.", "…, the ministry said in a statement.",
// "…, Tokayev told state television.": a short attribution that ends the clause says who told
// of the event. When the event's date is not in it (the event dated by a date or by "the same day"
// before it), its verb does not name the event and its speaker is no party. Its span (in the
// article), else an empty one.
TextSpan trailingAttribution(QStringView clause, qsizetype offset,
                             const QVector<DateMention> &dates)
{
    // "told" may name whom it was told to: "…, the minister told state television."
    static const QStringList verbs = {
        QStringLiteral("said"),     QStringLiteral("says"),      QStringLiteral("told"),
        QStringLiteral("added"),    QStringLiteral("stated"),    QStringLiteral("wrote"),
        QStringLiteral("reported"), QStringLiteral("confirmed"), QStringLiteral("announced")};
    static const PcrePattern re(
        QStringLiteral(
            ",\\s*(?!(?:and|but|while|whereas|which|who|as|after|before|when|although|though|"
            "if|because|since)\\b)(?:[\\p{L}\\d][\\p{L}\\d'’.-]*\\s+){1,5}(?:%1)\\b"
            "(?:(?<=told)(?:\\s+[\\p{L}\\d][\\p{L}\\d'’.-]*){1,4})?"
            "(?:\\s+(?:on|in|at|to|late|earlier|later|last|this|yesterday|today)\\b[^,;]{0,40})?"
            "\\W*$")
            .arg(verbs.join(QLatin1Char('|'))),
        QRegularExpression::UseUnicodePropertiesOption);
    // Its words and its end hold no comma: it opens at the clause's last one, if anywhere.
    const qsizetype lastComma = clause.lastIndexOf(QLatin1Char(','));
    if (lastComma < 0 || clause.size() - lastComma > kLongestAttribution)
        return {};
    // Most clauses end in no verb of telling: its words are looked at before the expression runs.
    bool tells = false;
    for (qsizetype at = lastComma; at < clause.size() && !tells;) {
        while (at < clause.size() && !clause.at(at).isLetter())
            ++at;
        qsizetype end = at;
        while (end < clause.size() && clause.at(end).isLetter())
            ++end;
        const QStringView word = clause.sliced(at, end - at);
        tells = verbs.contains(word);
        at = end;
    }
    if (!tells)
        return {};
    const auto m = re.match(clause, lastComma);
    if (!m.hasMatch())
        return {};
    const TextSpan part{offset + m.capturedStart(), offset + m.capturedEnd()};
    const bool datedHere = std::any_of(dates.cbegin(), dates.cend(), [&](const DateMention &d) {
        return d.span.start >= part.start;
    });
    return datedHere ? TextSpan{} : part;
}

} // namespace

EventReader::EventReader(const Article &article, const EventParticipants &participants,
                         const EventClassifier &classifier)
    : m_article(article)
    , m_participants(participants)
    , m_classifier(classifier)
{}

void EventReader::startSentence(int sentence)
{
    if (m_sentence >= 0)
        m_previousSentence = m_sentence;
    m_sentence = sentence;
    const int paragraph = m_article.sentences.at(sentence).paragraph;
    if (paragraph != m_paragraph) {
        // A new paragraph goes on with the story; only the parties a clause that names no one
        // takes are kept within a paragraph.
        m_paragraph = paragraph;
        m_lastEventHere.clear();
    }
}

void EventReader::dateEvent(Event &event, QStringView text, const ArticleYears::Dates &found,
                            const QVector<TextSpan> &foreign) const
{
    event.yearAssumed = found.yearAssumed;
    if (const DateMention *own = EventDating::ownDate(found.dates, foreign)) {
        event.date = own->range;
        event.precision = own->precision;
    } else if (!found.dates.isEmpty() && m_date.isValid() && m_eventBefore && goesOn(text)) {
        event.date = m_date;
        event.precision = m_precision;
        event.yearAssumed = m_yearAssumed;
    } else if (found.dates.isEmpty() && (m_eventBefore || m_dayBefore) && m_date.isValid()) {
        // "On the same day", "the next day": the day of the event just told.
        switch (EventDating::relativeDay(text)) {
        case EventDating::Relative::SameDay:
            event.date = m_date;
            break;
        case EventDating::Relative::NextDay:
            event.date = {m_date.from.addDays(1), m_date.from.addDays(1)};
            break;
        case EventDating::Relative::None:
            break;
        }
        event.precision = m_precision;
        event.yearAssumed = m_yearAssumed;
    }
}

QStringList EventReader::countriesOf(TextSpan clause, QStringView text,
                                     const QVector<TextSpan> &notTakingPart) const
{
    QStringList countries = m_participants.named(m_sentence, clause, notTakingPart);
    addMissing(countries,
               m_participants.referredTo(m_sentence, clause, m_previousSentence, m_lastEvent));
    if (countries.isEmpty())
        countries = m_participants.institutionReferredTo(m_sentence, clause);
    // "The active phase of the joint exercises ended on February 20": the parties of the event
    // before, or of the sentence before, when the clause names no one at all.
    if (countries.isEmpty() && !m_participants.namesAnyone(m_sentence, clause) &&
        !speaksOfOtherCountries(text)) {
        const bool previousHere =
            m_previousSentence >= 0 &&
            m_article.sentences.at(m_previousSentence).paragraph == m_paragraph;
        if (!m_lastEventHere.isEmpty() || !previousHere)
            countries = m_lastEventHere;
        else
            countries = m_participants.named(m_previousSentence,
                                             m_article.sentences.at(m_previousSentence).span, {});
    }
    return countries;
}

void EventReader::keepDayOf(const Event &event)
{
    m_date = event.date;
    m_precision = event.precision;
    m_yearAssumed = event.yearAssumed;
}

void EventReader::read(TextSpan clause, const ArticleYears::Dates &found)
{
    const QStringView text = m_article.slice(clause);
    const QVector<TextSpan> foreign = EventDating::foreignParts(text, clause.start, found.dates);
    Event event;
    dateEvent(event, text, found, foreign);
    if (const auto range = EventDating::series(text, clause.start, found.dates, foreign))
        event.date = *range;
    if (!event.date.isValid()) {
        readUndated(clause, text, found, foreign);
        return;
    }
    QVector<TextSpan> circumstanceParts =
        EventParticipants::circumstanceAndQuotes(text, clause.start);
    // The attribution is left out only where the words before it tell of something: "On 2
    // March, Tokayev said in an address" is his statement.
    if (const TextSpan attribution = trailingAttribution(text, clause.start, found.dates);
        attribution.length() > 0 &&
        m_classifier.read(text.first(attribution.start - clause.start)).type !=
            QLatin1String("other"))
        circumstanceParts = EventDating::merged(circumstanceParts + QVector<TextSpan>{attribution});
    const QVector<TextSpan> notTyped = EventDating::merged(foreign + circumstanceParts);
    const EventClassifier::Reading reading = m_classifier.read(text, clause.start, notTyped);
    // "Kyrgyzstan did not join sanctions on Wednesday": nothing happened to mark, and nothing
    // after it speaks of that event again. The story is at its day all the same: "The same
    // day, Kazakhstan closed its airspace" takes it.
    if (reading.notDone) {
        m_eventBefore = false;
        m_dayBefore = true;
        keepDayOf(event);
        return;
    }
    event.type = reading.type;
    const QVector<TextSpan> notTakingPart = EventDating::merged(
        foreign + m_participants.asides(text, clause.start, event.type == QLatin1String("military"),
                                        circumstanceParts));
    const QStringList countries = countriesOf(clause, text, notTakingPart);

    // "On February 28, the UN General Assembly adopted a resolution": an event whose parties
    // the next sentences name ("…supported by 141 (including Georgia, …)") is kept until the
    // end; one still without countries then is dropped.
    const bool isEvent = (!countries.isEmpty() || m_participants.namesAnyone(m_sentence, clause)) &&
                         !EventDating::isAboutTheText(text) && !introducesAList(text);
    if (!isEvent) {
        m_eventBefore = false; // another happening: "the same day" after it has no day to take
        m_dayBefore = false;
        return;
    }
    event.article = m_article.id;
    event.sentence = m_sentence;
    event.span = clause;
    event.countries = countries;
    m_events.append(event);
    keepDayOf(event);
    m_lastEvent = countries;
    m_lastEventHere = countries;
    m_eventBefore = true;
    m_dayBefore = false;
}

// An undated clause matters only after an event: it may speak of that event again, or tell of
// another happening, which ends the chain "the same day" counts along. The words of the rest
// are not looked at — most of a long library's clauses are such.
void EventReader::readUndated(TextSpan clause, QStringView text, const ArticleYears::Dates &found,
                              const QVector<TextSpan> &foreign)
{
    if (!m_eventBefore) {
        // After a clause of something not done, one that names someone or a date of its own
        // moves the story on from that day.
        m_dayBefore =
            m_dayBefore && found.dates.isEmpty() && !m_participants.namesAnyone(m_sentence, clause);
        return;
    }
    // The asides are looked for only where they could take a country away.
    QStringList namedHere = m_participants.named(m_sentence, clause, foreign);
    QVector<TextSpan> notTakingPart = foreign;
    if (!namedHere.isEmpty()) {
        const bool military =
            !m_events.isEmpty() && m_events.last().type == QLatin1String("military");
        notTakingPart =
            EventDating::merged(foreign + m_participants.asides(text, clause.start, military));
        namedHere = m_participants.named(m_sentence, clause, notTakingPart);
    }
    if (!m_events.isEmpty() && m_classifier.speaksOfTheEventAgain(text, m_events.last().type)) {
        // "The resolution was supported by 141 (including Georgia, …)": still that event.
        // "That decision was welcomed in Kyiv, but Azerbaijan kept silent": a part after "but",
        // "while", "whereas" or ", yet" tells of someone else, unless its own verb is of the
        // event's kind ("…, while Belarus voted against") or of the kind of the part before
        // ("…welcomed in Kyiv, while Chisinau also welcomed it").
        const qsizetype contrast = contrastStart(text);
        const auto takesNoPart = [&] {
            const EventClassifier::Reading after = m_classifier.read(text.sliced(contrast));
            return after.notDone || (after.type != m_events.last().type &&
                                     after.type != m_classifier.classify(text.first(contrast)));
        };
        if (contrast > 0 && !namedHere.isEmpty() && takesNoPart())
            namedHere = m_participants.named(
                m_sentence, clause,
                EventDating::merged(notTakingPart +
                                    QVector<TextSpan>{{clause.start + contrast, clause.end}}));
        addMissing(m_events.last().countries, namedHere);
        m_lastEvent = m_events.last().countries;
        m_lastEventHere = m_lastEvent;
        return;
    }
    if (!namedHere.isEmpty() || !found.dates.isEmpty())
        m_eventBefore = false;
    // A remark that names no one and no date leaves the chain as it was.
}

QVector<Event> EventReader::events()
{
    m_events.removeIf([](const Event &e) { return e.countries.isEmpty(); });
    return m_events;
}
