// Extraction stage: which date is an event's own. A clause can name several dates; those in a
// part that tells of another event — a parenthesis or relative clause with a verb of its own
// ("the referendum (held on February 27)", "Independence Day, which is celebrated on July 3"),
// a participle phrase ("the referendum held on February 27"), an opening "Following … on 28
// February," before a main clause with its own date — are not the clause's, nor are the
// countries named only there.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/date_parser.h"

#include <QStringView>
#include <QVector>

#include <optional>

class IndexedAlternation;
class PcrePattern;

namespace EventDating {

// The parts of `clause` (which starts at `offset` in the article) that tell of another event,
// as article spans, in order and not overlapping. `dates` are the clause's dates.
QVector<TextSpan> foreignParts(QStringView clause, qsizetype offset,
                               const QVector<DateMention> &dates);

// The clause's own date: its first day outside the foreign parts, else its first month there;
// nullptr when it has none.
const DateMention *ownDate(const QVector<DateMention> &dates, const QVector<TextSpan> &foreign);

// `parts` sorted by start, the overlapping ones merged.
QVector<TextSpan> merged(QVector<TextSpan> parts);

// "Statements on the evacuation (February 24, February 25, … March 2)": when all the clause's
// own dates are listed in one parenthesis, the clause tells of a series, from the first to the
// last of them.
std::optional<DateRange> series(QStringView clause, qsizetype offset,
                                const QVector<DateMention> &dates,
                                const QVector<TextSpan> &foreign);

// True when `span` lies in one of `parts` (spans sorted by start, not overlapping).
bool inAny(const QVector<TextSpan> &parts, TextSpan span);

enum class Relative { None, SameDay, NextDay };
// "On the same day", "the next day", "the following day".
Relative relativeDay(QStringView clause);

// Cross-references ("See also the 50th publication…", "(See special issues of …)") and remarks
// about the text itself ("In this publication, we will review…") tell of no event.
bool isAboutTheText(QStringView clause);

// An expression that runs only where its gate says a word of the clause may let it match
// (IndexedAlternation::mayMatch): most clauses have no relative or subordinate clause, and such
// an expression tries every place of the clause before it fails.
struct GatedExpression {
    QString name;
    const PcrePattern *expression;
    const IndexedAlternation *gate;
    // Every match opens where one of the gate's words opens: the expression is tried there only
    // (IndexedAlternation::openingPlaces), anchored, not at every place of the clause.
    bool opensAtItsWords = false;
};
// Those of foreignParts() and isAboutTheText(), for the tests: no gate may turn away a clause its
// expression matches.
QVector<GatedExpression> gatedExpressions();

} // namespace EventDating
