// Extraction stage: reads an article's clauses in order, as a reader does, and makes events of
// them. It keeps what the story has told so far: the event just told ("the same day", "at the
// meeting", "the second meeting"), the parties of the last event, whether the chain of that
// event goes on. EventExtractor splits the text into clauses; this decides what each tells.
#pragma once

#include "app/extract/article_years.h"
#include "app/extract/event_classifier.h"
#include "app/extract/event_extractor.h"
#include "app/extract/event_participants.h"

class EventReader {
public:
    EventReader(const Article &article, const EventParticipants &participants,
                const EventClassifier &classifier);

    // A new sentence of the article (index `sentence`), in order.
    void startSentence(int sentence);
    // One clause of the current sentence, with its dates.
    void read(TextSpan clause, const ArticleYears::Dates &found);
    // The events read; those whose parties no sentence named are dropped.
    QVector<Event> events();

private:
    void readUndated(TextSpan clause, QStringView text, const ArticleYears::Dates &found,
                     const QVector<TextSpan> &foreign);
    void dateEvent(Event &event, QStringView text, const ArticleYears::Dates &found,
                   const QVector<TextSpan> &foreign) const;
    // The story is at this event's day, for "the same day" and "the next day" after it.
    void keepDayOf(const Event &event);
    QStringList countriesOf(TextSpan clause, QStringView text,
                            const QVector<TextSpan> &notTakingPart) const;

    const Article &m_article;
    const EventParticipants &m_participants;
    const EventClassifier &m_classifier;
    QVector<Event> m_events;
    int m_sentence = -1;
    int m_previousSentence = -1;
    int m_paragraph = -1;
    // The story so far.
    DateRange m_date; // of the last event
    DateMention::Precision m_precision = DateMention::Precision::Day;
    bool m_yearAssumed = false;
    bool m_eventBefore = false;  // whether the clause before told the last event (or of it)
    bool m_dayBefore = false;    // whether it told, instead, that something was not done that day
    QStringList m_lastEvent;     // the countries of the last event of the article
    QStringList m_lastEventHere; // of the last event of the paragraph
};
