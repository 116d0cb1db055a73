// Extraction stage: finds mentions of the gazetteer's entities in an article (whole words,
// longest term first), outside boilerplate and outside exclusion phrases such as
// "Minsk agreements".
#pragma once

#include "app/corpus/article.h"
#include "app/extract/gazetteer.h"

#include <QHash>
#include <QRegularExpression>

struct Mention {
    TextSpan span;
    QString entity;    // Entity::id
    QString category;  // which kind of term matched: name, demonym, leader, ...
    int sentence = -1; // index into Article::sentences, -1 outside any sentence
};

class MentionFinder {
public:
    explicit MentionFinder(const Gazetteer &gazetteer);

    QVector<Mention> find(const Article &article) const;

private:
    QVector<TextSpan> exclusionSpans(const QString &text) const;

    struct Term {
        QString text;
        QString entity;
        QString category;
    };
    // A word's length with its first and last letters: a key made without copying the word,
    // that few words of a text share with a term's first word.
    static quint64 wordKey(QStringView word);

    // Terms indexed by the key of their first word, longest first: at each word of the text
    // one hash look-up finds the few terms that can start there (each then compared whole) —
    // far cheaper than one regular expression with hundreds of alternatives.
    QVector<Term> m_terms;
    QHash<quint64, QVector<int>> m_byFirstWord;
    QRegularExpression m_exclusions;
};
