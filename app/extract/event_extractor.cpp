#include "event_extractor.h"

#include <QHash>
#include <QRegularExpression>

namespace {

// "The parties met in Moscow": the parties are the countries named before, plus any named here.
const QRegularExpression &pluralAnaphora() {
    static const QRegularExpression re(
        QStringLiteral("\\b(the parties|the sides|the presidents|the leaders|the ministers|"
                       "the two countries|both countries)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "The President said": someone named before, when the sentence names no one else.
const QRegularExpression &singularAnaphora() {
    static const QRegularExpression re(
        QStringLiteral("\\b(the president|the leader|the ministry|the country|the meeting|he|"
                       "his|she|her|they|their)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

enum class Relative { None, SameDay, NextDay };

Relative relativeDate(QStringView sentence) {
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
    , m_classifier(classifier) {}

QDate EventExtractor::anchorDate(const QVector<DateMention> &dates) {
    for (const DateMention &d : dates) {
        if (d.precision == DateMention::Precision::Day)
            return d.range.from;
    }
    return dates.isEmpty() ? QDate() : dates.first().range.from;
}

QVector<Event> EventExtractor::extract(const Article &article,
                                       const QVector<Mention> &mentions) const {
    QHash<int, QStringList> countriesBySentence;
    for (const Mention &m : mentions) {
        const Entity *entity = m_gazetteer.find(m.entity);
        if (m.sentence < 0 || !entity || entity->kind != Entity::Kind::Country)
            continue;
        QStringList &list = countriesBySentence[m.sentence];
        if (!list.contains(m.entity))
            list.append(m.entity);
    }

    const QDate notAfter =
        article.meta.published.isValid() ? article.meta.published : article.meta.period.to;
    const DateParser parser(article.contextYear(), notAfter);
    QVector<Event> events;
    QStringList context;
    int contextParagraph = -1;
    DateRange lastDate;
    for (int i = 0; i < article.sentences.size(); ++i) {
        const Sentence &sentence = article.sentences.at(i);
        if (article.paragraphs.at(sentence.paragraph).boilerplate)
            continue;
        const QStringView text = article.slice(sentence.span);
        QStringList countries = countriesBySentence.value(i);
        const QVector<DateMention> dates = parser.find(text, sentence.span.start);

        Event event;
        if (!dates.isEmpty()) {
            const QDate anchor = anchorDate(dates);
            for (const DateMention &d : dates) {
                if (d.range.from == anchor) {
                    event.date = d.range;
                    event.precision = d.precision;
                    break;
                }
            }
        } else if (lastDate.isValid()) {
            const Relative relative = relativeDate(text);
            if (relative == Relative::SameDay)
                event.date = lastDate;
            else if (relative == Relative::NextDay)
                event.date = {lastDate.from.addDays(1), lastDate.from.addDays(1)};
        }

        if (event.date.isValid() && !context.isEmpty()) {
            const bool sameParagraph = contextParagraph == sentence.paragraph;
            if (pluralAnaphora().match(text).hasMatch()) {
                for (const QString &iso : context) {
                    if (!countries.contains(iso))
                        countries.append(iso);
                }
            } else if (countries.isEmpty() &&
                       (sameParagraph || singularAnaphora().match(text).hasMatch())) {
                countries = context;
            }
        }
        if (!countriesBySentence.value(i).isEmpty()) {
            context = countriesBySentence.value(i);
            contextParagraph = sentence.paragraph;
        }
        if (!event.date.isValid())
            continue;
        lastDate = event.date;
        if (countries.isEmpty())
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
