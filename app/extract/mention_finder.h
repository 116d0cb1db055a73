// Extraction stage: finds mentions of the gazetteer's entities in an article (whole words,
// longest term first), outside boilerplate and outside exclusion phrases such as
// "Minsk agreements".
#pragma once

#include "corpus/article.h"
#include "gazetteer.h"

#include <QHash>
#include <QRegularExpression>

struct Mention {
    TextSpan span;
    QString entity;   // Entity::id
    QString category; // which kind of term matched: name, demonym, leader, ...
    int sentence = -1; // index into Article::sentences, -1 outside any sentence
};

class MentionFinder {
public:
    explicit MentionFinder(const Gazetteer &gazetteer);

    QVector<Mention> find(const Article &article) const;

private:
    QVector<TextSpan> exclusionSpans(const QString &text) const;

    QRegularExpression m_terms;
    QRegularExpression m_exclusions;
    QHash<QString, GazetteerTerm> m_termInfo; // term text -> category
    QHash<QString, QString> m_termEntity;     // term text -> entity id
};
