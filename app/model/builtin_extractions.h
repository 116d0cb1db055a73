// Model stage: the built-in articles' extractions, made when the program is built (by
// pe-builtin-extractions, with this same core code and rules) and compiled into the program as
// the resource ":/builtin_extractions.bin". A start then extracts nothing from the articles it
// ships with, and compiles none of the event types' patterns. A program built without the
// resource (the tests but one, the benchmarks) extracts them as it does any other article.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/problem.h"

#include <QHash>

namespace BuiltinExtractions {

// The digest a built-in article's record is found by: its text and metadata, and the version of
// Qt the program runs on (its regular expressions and Unicode tables read the text).
QByteArray key(const Article &article);

// The records of `articles` (the built-in corpus) as the resource holds them. The problems of
// the rules read are added to `problems`: a build whose rules have any must stop.
QByteArray make(const QVector<Article> &articles, Problems *problems);

// The records `bytes` (as made by make()) hold, by key; none when they are no such records.
QHash<QByteArray, QByteArray> parse(const QByteArray &bytes);

// The records compiled into this program, by key; none when it has no such resource or the
// resource cannot be read (its articles are then extracted).
const QHash<QByteArray, QByteArray> &embedded();

} // namespace BuiltinExtractions
