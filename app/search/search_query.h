// Search stage: what a user types into Search Articles — words, "quoted phrases" and prefixes
// (abstain*), all of which must occur, "Tbilisi OR Yerevan" for either, NOT word or -word for
// words that must not (AND, the default, is read and dropped; lower-case "or", "and" and "not"
// are words) — parsed into terms, written as an SQLite FTS5 query that the user's text cannot
// break, and the words of a text as the index splits and folds them.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

struct SearchTerm {
    QStringList words;   // case-folded; a phrase has several, in order
    bool prefix = false; // the last word may be the start of a longer one
    int group = 0;       // terms of one group are alternatives (OR); every group must occur
};

struct SearchQuery {
    QVector<SearchTerm> terms;    // to find, each in its group
    QVector<SearchTerm> excluded; // not to be in an article found (NOT word, -word)
    QString error; // why the text is no query ("a quotation mark is not closed"); empty if it is

    static SearchQuery parse(const QString &text);
    bool isValid() const { return error.isEmpty() && !terms.isEmpty(); }
    // `"did not take part" AND ("abstain"* OR "absent") NOT ("favour")`: every term quoted, so
    // nothing typed is FTS5 syntax.
    QString toFts5() const;
};

namespace SearchWords {

struct Word {
    qsizetype start = 0; // in the text searched
    qsizetype end = 0;
    QString folded;
};

// A text's words as the index takes them: runs of letters, digits and marks, case-folded.
QVector<Word> of(QStringView text);
// The same words' places only (`folded` left empty): a word is then compared with
// Qt::CaseInsensitive, which folds case as fold() does, without a copy of every word.
QVector<Word> places(QStringView text);
QString fold(QStringView word);

} // namespace SearchWords
