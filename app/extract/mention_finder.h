// Extraction stage: finds mentions of the gazetteer's entities in an article (whole words,
// longest term first), outside boilerplate, outside exclusion phrases such as
// "Minsk agreements" and outside a publication's name ("Astana Observer": PublicationNames).
#pragma once

#include "app/corpus/article.h"
#include "app/extract/gazetteer.h"
#include "app/extract/interned_names.h"

#include "app/corpus/pcre_pattern.h"
#include "app/corpus/publication_names.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <bitset>

// 24 bytes: a big library holds millions (its names are numbers, see InternedNames).
struct Mention {
    Mention() = default;
    // A name the full table of names cannot take is read back empty (see InternedNames).
    Mention(const TextSpan &where, const QString &entity, const QString &category,
            int inSentence = -1)
        : span(where)
        , sentence(inSentence)
        , entityNumber(quint16(std::max(InternedNames::numberOf(entity), 0)))
        , categoryNumber(quint16(std::max(InternedNames::numberOf(category), 0)))
    {}

    TextSpan span;
    int sentence = -1; // index into Article::sentences, -1 outside any sentence
    quint16 entityNumber = 0;
    quint16 categoryNumber = 0;

    const QString &entity() const { return InternedNames::name(entityNumber); } // Entity::id
    // which kind of term matched: name, demonym, leader, ...
    const QString &category() const { return InternedNames::name(categoryNumber); }
};
static_assert(sizeof(Mention) <= 24, "a mention stays small: a big library holds millions");

class MentionFinder {
public:
    explicit MentionFinder(const Gazetteer &gazetteer,
                           const PublicationNames &publications = PublicationNames::shared());

    QVector<Mention> find(const Article &article) const;

private:
    QVector<TextSpan> exclusionSpans(const QString &text) const;

    struct Term {
        QString text;
        quint16 entity;   // its number among the interned names
        quint16 category; // the same
    };
    // A word's length with its first and last letters: a key made without copying the word,
    // that few words of a text share with a term's first word.
    static quint64 wordKey(QStringView word);

    // Terms indexed by the key of their first word, longest first: at each word of the text
    // one hash look-up finds the few terms that can start there (each then compared whole) —
    // far cheaper than one regular expression with hundreds of alternatives.
    QVector<Term> m_terms;
    QHash<quint64, QVector<int>> m_byFirstWord;
    // A bit for each key of m_byFirstWord (of 2^16, by a hash of the key): most words of a text
    // ("the", "said") find theirs unset and are passed without a look-up in the hash.
    static std::size_t filterBit(quint64 key)
    {
        return std::size_t((key * 0x9E3779B97F4A7C15ull) >> 48);
    }
    std::bitset<1 << 16> m_mayStartATerm;
    PcrePattern m_exclusions;
    PublicationNames m_publications;
};
