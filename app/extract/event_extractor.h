// Extraction stage: a sentence (or bullet item) with a date and one or more countries becomes
// a dated event. A dated sentence that names no country takes the countries of the sentence
// before it in the same paragraph, or of an earlier paragraph when it speaks of "the parties",
// "the President" and the like.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/date_parser.h"
#include "app/extract/event_classifier.h"
#include "app/extract/gazetteer.h"
#include "app/extract/mention_finder.h"

#include <QHash>

struct Event {
    DateRange date;
    DateMention::Precision precision = DateMention::Precision::Day;
    QString type;
    QString article; // Article::id
    int sentence = -1;
    TextSpan span; // the sentence
    QString text;
    QStringList countries; // ISO3, in order of first mention
};

class EventExtractor {
public:
    EventExtractor(const Gazetteer &gazetteer, const EventClassifier &classifier);

    QVector<Event> extract(const Article &article, const QVector<Mention> &mentions) const;

private:
    QHash<int, QStringList> countriesBySentence(const QVector<Mention> &mentions) const;

    const Gazetteer &m_gazetteer;
    const EventClassifier &m_classifier;
};
