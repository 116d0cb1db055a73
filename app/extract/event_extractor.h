// Extraction stage: a clause (a sentence, or a part of one between semicolons) with a date of
// its own and countries taking part becomes a dated event. Its date is the one attached to its
// own verb (EventDating); "the same day"/"the next day" count from the event told just before.
// Its countries are those it names outside parts about other events, those its anaphora refer
// to (EventParticipants), and — for a clause that names none — those of the clause before in
// its paragraph. Undated sentences right after an event that speak of it again ("The
// resolution was supported by …", "At the meeting, …") add the countries they name to it.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/date_parser.h"
#include "app/extract/event_classifier.h"
#include "app/extract/gazetteer.h"
#include "app/extract/mention_finder.h"

struct Event {
    DateRange date;
    DateMention::Precision precision = DateMention::Precision::Day;
    bool yearAssumed = false; // the text gives no year: the corpus's reference year was taken
    QString type;
    QString article; // Article::id
    int sentence = -1;
    TextSpan span; // the clause; its words are the article's there (Article::quote), kept once
    QStringList countries; // ISO3, in order of first mention
};

class EventExtractor {
public:
    EventExtractor(const Gazetteer &gazetteer, const EventClassifier &classifier);

    QVector<Event> extract(const Article &article, const QVector<Mention> &mentions) const;

    // The parts of a sentence between semicolons, as article spans (of a compact article too).
    static QVector<TextSpan> clauses(const Article &article, const Sentence &sentence);

private:
    const Gazetteer &m_gazetteer;
    const EventClassifier &m_classifier;
};
