// Corpus stage: an article as loaded — its text byte-for-byte as captured, its metadata and
// its structure (paragraphs, bullet items, sentences) as character offsets into the text.
#pragma once

#include "app/corpus/article_text.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <limits>

// 32 bits an offset: no text the program reads comes near 2^31 characters (a file is read only up
// to its reader's limit), and a library's millions of spans take half the room. An offset beyond
// 32 bits (a damaged record's, a mistyped argument's) becomes -1, which no check of a span
// against its text lets through; it is never cut down to a smaller one that could pass.
struct TextSpan {
    constexpr TextSpan() = default;
    constexpr TextSpan(qsizetype from, qsizetype to)
        : start(narrowed(from))
        , end(narrowed(to))
    {}

    qint32 start = 0; // QString index into Article::text
    qint32 end = 0;   // one past the last character

    qsizetype length() const { return qsizetype(end) - start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool contains(const TextSpan &other) const { return other.start >= start && other.end <= end; }

private:
    static constexpr qint32 narrowed(qsizetype offset)
    {
        return offset >= std::numeric_limits<qint32>::min() &&
                       offset <= std::numeric_limits<qint32>::max()
                   ? qint32(offset)
                   : -1;
    }
};

struct Paragraph {
    enum class Kind : quint8 { Text, Heading, Bullet };
    TextSpan span;
    Kind kind = Kind::Text;
    bool boilerplate = false; // navigation, footers, teasers: kept in the text, not extracted
};

struct Sentence {
    TextSpan span;
    int paragraph = 0; // index into Article::paragraphs
};

struct DateRange {
    QDate from;
    QDate to;
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
};

struct ArticleMetadata {
    QString title;
    QString shortName; // how lists and charts name the source ("GFSIS 50th review")
    QString publisher;
    QString author;
    QString place;    // where it was filed, from its dateline ("Astana, 10 March 2022")
    QDate published;  // invalid when unknown
    DateRange period; // the period the article covers, when it says so
    int year = 0;     // the year it was written, when only that is known
    QString url;

    // What is blank here taken from `detected` (detection from the text), the dates too unless
    // `keepDates` (an analyst's "unknown" is not "find out").
    void fillBlanksFrom(const ArticleMetadata &detected, bool keepDates = false);
};

struct Article {
    QString id;        // stable, unique within the corpus
    QString localId;   // the id its own folder gives it (before it was made unique)
    QString file;      // name of the file it was read from
    QString folder;    // the folder it was read from; empty for the built-in corpus
    QByteArray sha256; // hex digest of the text, to recognise the same article twice
    bool builtin = false;
    QString library;  // the library file it is stored in; empty when read from a file
    ArticleText text; // compact once the article is made (CorpusLoader::makeArticle)
    ArticleMetadata meta;
    QVector<Paragraph> paragraphs;
    QVector<Sentence> sentences;

    // The article with its text as UTF-16, for the stages that read it through views (slice);
    // an open article is returned as it is. The copy shares everything else with this one.
    Article opened() const;
    // A span of an open article's text (empty for a compact one: see opened()).
    QStringView slice(const TextSpan &span) const
    {
        return text.view().mid(span.start, span.length());
    }
    // A span of the text, in either form.
    QString quote(const TextSpan &span) const { return text.mid(span.start, span.length()); }
    // The year the article's undated day-month expressions belong to (0 when unknown).
    int contextYear() const;
    // A short name for lists and charts: the manifest's, else the publisher, else the file.
    QString label() const;
    // "label — title", or the title alone when the label is the title (no publisher, no short
    // name): a source line that does not say its title twice.
    QString labelAndTitle(const QString &separator = QStringLiteral(" — ")) const;
    // The file as a user finds it: the built-in corpus's file name, else the path through the
    // folder it was read from. Problems and tooltips name an article's file this way.
    QString shownPath() const;
};
