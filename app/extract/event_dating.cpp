#include "app/extract/event_dating.h"

#include "app/corpus/pcre_pattern.h"
#include "app/corpus/subject_check.h"
#include "app/extract/indexed_alternation.h"

#include <QRegularExpression>

#include <algorithm>

namespace EventDating {

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// A gate for an expression that needs one of `words` (in any case) at the start of a word: most
// clauses hold no relative or subordinate clause, and such an expression tries every place of
// the clause before it fails. The gate reads the clause once for the words' openings.
IndexedAlternation gateOf(const QStringList &words)
{
    return IndexedAlternation({QStringLiteral("\\b(?:%1)").arg(words.join(QLatin1Char('|')))},
                              kOptions);
}

bool holdsADate(TextSpan part, const QVector<DateMention> &dates)
{
    return std::any_of(dates.cbegin(), dates.cend(),
                       [&](const DateMention &d) { return part.contains(d.span); });
}

// A parenthesis holding nothing but dates ("the first days of the war (February 24-28)") gives
// the time of the clause's own event; one with words of its own tells of another.
bool hasWordsBesideDates(QStringView clause, qsizetype offset, TextSpan part,
                         const QVector<DateMention> &dates)
{
    static const PcrePattern linking(
        QStringLiteral("^(and|to|from|till|until|through|between|on|of|in|the|or)$"), kOptions);
    static const PcrePattern word(QStringLiteral("\\p{L}+"), kOptions);
    QString rest = clause.mid(part.start - offset, part.length()).toString();
    for (auto d = dates.crbegin(); d != dates.crend(); ++d) {
        if (part.contains(d->span))
            rest.replace(d->span.start - part.start, d->span.length(), QLatin1Char(' '));
    }
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        if (!linking.match(it.next().capturedView()).hasMatch())
            return true;
    }
    return false;
}

// A match's part of the clause (its first group, else the whole match), kept when it holds a
// date.
void addPartHoldingADate(const PcreMatch &m, qsizetype offset, const QVector<DateMention> &dates,
                         QVector<TextSpan> &parts)
{
    const int group = m.lastCapturedIndex() >= 1 && m.capturedStart(1) >= 0 ? 1 : 0;
    const TextSpan part{m.capturedStart(group) + offset, m.capturedEnd(group) + offset};
    if (holdsADate(part, dates))
        parts.append(part);
}

void addMatches(const PcrePattern &re, QStringView clause, qsizetype offset,
                const QVector<DateMention> &dates, QVector<TextSpan> &parts)
{
    for (auto it = re.globalMatch(clause); it.hasNext();)
        addPartHoldingADate(it.next(), offset, dates, parts);
}

// As addMatches, for an expression whose every match opens with one of its gate's words: it is
// tried only where such a word opens, anchored there, not at every place of the clause (where
// its look-behinds or its words' alternation would be tried first). Its matches do not overlap,
// as a global match's. A clause not known to be valid UTF-16 is matched as before, from its
// start: PCRE2 checks it from where a match is tried on, and would pass over a unit not valid.
void addMatchesAtOpenings(const GatedExpression &gated, QStringView clause, qsizetype offset,
                          const QVector<DateMention> &dates, QVector<TextSpan> &parts)
{
    Q_ASSERT(gated.opensAtItsWords && gated.gate->knowsEveryOpening());
    if (!SubjectCheck::optionsFor(clause).testFlag(
            QRegularExpression::DontCheckSubjectStringMatchOption)) {
        if (gated.gate->mayMatch(clause))
            addMatches(*gated.expression, clause, offset, dates, parts);
        return;
    }
    qsizetype reached = 0;
    for (const qsizetype at : gated.gate->openingPlaces(clause)) {
        if (at < reached)
            continue;
        const PcreMatch m = gated.expression->matchAt(clause, at);
        if (!m.hasMatch())
            continue;
        reached = std::max(m.capturedEnd(), at + 1);
        addPartHoldingADate(m, offset, dates, parts);
    }
}

// A look-behind's alternatives, one per word: "\\bis\\s|\\bare\\s|…" (each of fixed length,
// as PCRE2 requires of a look-behind).
QString notAfterWords(std::initializer_list<const char *> words)
{
    QStringList branches;
    for (const char *w : words)
        branches.append(QStringLiteral("\\b%1\\s").arg(QLatin1String(w)));
    return branches.join(QLatin1Char('|'));
}

// ", which was held on …," / ", to whose rescue Russia had flown in January," — up to the next
// comma; and "Independence Day which is celebrated on July 3" without commas.
const GatedExpression &relativeClause()
{
    static const PcrePattern expression(
        QStringLiteral("(,\\s*(?:to whom|to whose|whose|who|whom|which|where)\\b[^,;]*)|"
                       "((?<!^)\\b(?:which|that|who)\\s+(?:is|are|was|were|had been|has been|"
                       "have been|will be)\\s+\\p{L}+ed\\b[^,;]*)"),
        kOptions);
    static const IndexedAlternation gate = gateOf({QStringLiteral("wh"), // every branch
                                                   QStringLiteral("that")});
    static const GatedExpression gated{QStringLiteral("relative clause"), &expression, &gate};
    return gated;
}

// "the referendum held on February 27": a participle after a noun, not after "was". The
// look-behinds are tried only where the participle is.
const GatedExpression &participlePhrase()
{
    static const QStringList words = {
        QStringLiteral("held"),        QStringLiteral("celebrated"), QStringLiteral("signed"),
        QStringLiteral("adopted"),     QStringLiteral("launched"),   QStringLiteral("founded"),
        QStringLiteral("established"), QStringLiteral("scheduled"),  QStringLiteral("planned"),
        QStringLiteral("published"),   QStringLiteral("issued"),     QStringLiteral("dated"),
        QStringLiteral("marked"),      QStringLiteral("observed"),   QStringLiteral("concluded")};
    static const PcrePattern expression(
        QStringLiteral("\\b(?=(?:%2)\\s)(?<=\\p{L}\\s)(?<!%1)((?:%2)\\s+(?:on|in)\\b[^,;]*)")
            .arg(notAfterWords({"is", "are", "was", "were", "be", "been", "being", "has", "have",
                                "had", "it", "he", "she", "they", "we", "and", "also", "then",
                                "not"}),
                 words.join(QLatin1Char('|'))),
        kOptions);
    static const IndexedAlternation gate = gateOf(words);
    static const GatedExpression gated{QStringLiteral("participle"), &expression, &gate, true};
    return gated;
}

// "since Russian troops crossed into Ukraine on 24 February", "when Sandu signed it on 3
// March": a subordinate clause with a verb of its own.
const GatedExpression &subordinateClause()
{
    static const QStringList words = {
        QStringLiteral("since"),   QStringLiteral("after"),    QStringLiteral("before"),
        QStringLiteral("until"),   QStringLiteral("once"),     QStringLiteral("as soon as"),
        QStringLiteral("because"), QStringLiteral("although"), QStringLiteral("though")};
    static const PcrePattern expression(
        QStringLiteral("\\b(?i:%1)\\s+"
                       "(?:[\\p{L}'’-]+\\s+){1,4}?(?:\\p{Ll}+ed|began|took|met|went|came|fled|"
                       "flew|made|held|sent|won|lost|left|fell|broke|struck|gave|rose|ran|spoke|"
                       "wrote)\\b[^,;]*")
            .arg(words.join(QLatin1Char('|'))),
        QRegularExpression::UseUnicodePropertiesOption);
    static const IndexedAlternation gate = gateOf(words);
    static const GatedExpression gated{QStringLiteral("subordinate clause"), &expression, &gate,
                                       true};
    return gated;
}

// A cross-reference or a remark about the text itself (isAboutTheText). \s takes the no-break
// space too ("See\u00a0special issues of …").
const GatedExpression &textReference()
{
    static const PcrePattern expression(
        QStringLiteral("^\\W*\\(?see\\s|\\bthis (publication|review|article|paper)\\b"), kOptions);
    static const IndexedAlternation gate = gateOf({QStringLiteral("see"), QStringLiteral("this")});
    static const GatedExpression gated{QStringLiteral("reference to the text"), &expression, &gate};
    return gated;
}

} // namespace

QVector<TextSpan> foreignParts(QStringView clause, qsizetype offset,
                               const QVector<DateMention> &dates)
{
    if (dates.isEmpty())
        return {};
    QVector<TextSpan> parts;
    static const PcrePattern parenthesis(QStringLiteral("\\([^()]*\\)"), kOptions);
    for (auto it = parenthesis.globalMatch(clause); it.hasNext();) {
        const auto m = it.next();
        const TextSpan part{m.capturedStart() + offset, m.capturedEnd() + offset};
        // "(on February 18, after a conversation at the Kremlin, …)" opens with the time of
        // the clause it follows; "(held on February 27)" tells of another event.
        static const PcrePattern opensWithTime(
            QStringLiteral(
                "^\\(\\s*(?:(?:on|in|since|from|by)\\s+)?(?:\\d{1,2}\\s+)?\\p{L}+\\s+\\d"),
            kOptions);
        const QStringView inside = clause.mid(m.capturedStart(), m.capturedLength());
        const bool timeOfTheClause =
            opensWithTime.match(inside).hasMatch() &&
            std::any_of(dates.cbegin(), dates.cend(), [&](const DateMention &d) {
                return d.span.start > part.start && d.span.start <= part.start + 8;
            });
        if (holdsADate(part, dates) && !timeOfTheClause &&
            hasWordsBesideDates(clause, offset, part, dates))
            parts.append(part);
    }
    // ", which was held on …," / ", to whose rescue Russia had flown in January," — up to the
    // next comma; and "Independence Day which is celebrated on July 3" without commas.
    if (const GatedExpression &relative = relativeClause(); relative.gate->mayMatch(clause))
        addMatches(*relative.expression, clause, offset, dates, parts);
    // "the referendum held on February 27": a participle after a noun, not after "was".
    // "The pattern held on 24 March": after the clause's opening noun the participle is its verb.
    static const PcrePattern subjectOnly(
        QStringLiteral(
            "^\\W*(?:(?:the|a|an|this|that|its|their|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$"),
        kOptions);
    QVector<TextSpan> participles;
    addMatchesAtOpenings(participlePhrase(), clause, offset, dates, participles);
    for (const TextSpan &part : participles) {
        if (!subjectOnly.match(clause.first(part.start - offset)).hasMatch())
            parts.append(part);
    }
    // "since Russian troops crossed into Ukraine on 24 February", "when Sandu signed it on 3
    // March": a subordinate clause with a verb of its own and a date tells of another event.
    addMatchesAtOpenings(subordinateClause(), clause, offset, dates, parts);
    // "the 9 May parade", "the 24 February invasion": a date that names a thing, not a time.
    static const PcrePattern the(QStringLiteral("\\bthe\\s+$"), kOptions);
    static const PcrePattern wordAfter(QStringLiteral("^\\s+\\p{Ll}"), kOptions);
    for (const DateMention &d : dates) {
        const qsizetype at = d.span.start - offset;
        const qsizetype end = d.span.end - offset;
        if (at < 0 || end > clause.size())
            continue;
        // Only the end of the text before the date is looked at: a long clause is not read
        // again for each of its dates.
        const qsizetype from = std::max<qsizetype>(0, at - 8);
        if (the.match(clause.mid(from, at - from)).hasMatch() &&
            wordAfter.match(clause.mid(end, 3)).hasMatch())
            parts.append(d.span);
    }
    // "Following the Ukrainian request on 28 February, Moldova and Georgia applied on 3 March":
    // the opening phrase is another event when the main clause has a date of its own.
    static const PcrePattern opening(
        QStringLiteral("^\\W*((?:following|after|before|prior to)\\b[^,;]*),"), kOptions);
    if (const auto m = opening.match(clause); m.hasMatch()) {
        const TextSpan part{m.capturedStart(1) + offset, m.capturedEnd(1) + offset};
        const TextSpan rest{part.end, offset + clause.size()};
        if (holdsADate(part, dates) && holdsADate(rest, dates))
            parts.append(part);
    }
    return merged(parts);
}

QVector<TextSpan> merged(QVector<TextSpan> parts)
{
    std::sort(parts.begin(), parts.end(),
              [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QVector<TextSpan> result;
    for (const TextSpan &part : parts) {
        if (!result.isEmpty() && part.start < result.last().end)
            result.last().end = std::max(result.last().end, part.end);
        else
            result.append(part);
    }
    return result;
}

std::optional<DateRange> series(QStringView clause, qsizetype offset,
                                const QVector<DateMention> &dates, const QVector<TextSpan> &foreign)
{
    QVector<const DateMention *> own;
    for (const DateMention &d : dates) {
        if (!inAny(foreign, d.span))
            own.append(&d);
    }
    if (own.size() < 2)
        return std::nullopt;
    static const PcrePattern parenthesis(QStringLiteral("\\([^()]*\\)"));
    for (auto it = parenthesis.globalMatch(clause); it.hasNext();) {
        const auto m = it.next();
        const TextSpan list{m.capturedStart() + offset, m.capturedEnd() + offset};
        if (!std::all_of(own.cbegin(), own.cend(),
                         [&](const DateMention *d) { return list.contains(d->span); }))
            continue;
        DateRange range = own.first()->range;
        for (const DateMention *d : own) {
            range.from = std::min(range.from, d->range.from);
            range.to = std::max(range.to, d->range.to);
        }
        return range;
    }
    return std::nullopt;
}

bool inAny(const QVector<TextSpan> &parts, TextSpan span)
{
    const auto after =
        std::upper_bound(parts.cbegin(), parts.cend(), span.start,
                         [](qsizetype start, const TextSpan &p) { return start < p.start; });
    return after != parts.cbegin() && std::prev(after)->contains(span);
}

const DateMention *ownDate(const QVector<DateMention> &dates, const QVector<TextSpan> &foreign)
{
    const DateMention *month = nullptr;
    for (const DateMention &d : dates) {
        if (inAny(foreign, d.span))
            continue;
        if (d.precision == DateMention::Precision::Day)
            return &d;
        if (!month)
            month = &d;
    }
    return month;
}

Relative relativeDay(QStringView clause)
{
    static const PcrePattern sameDay(QStringLiteral("\\b(the same day|this date)\\b"), kOptions);
    static const PcrePattern nextDay(QStringLiteral("\\b(the next|the following) day\\b"),
                                     kOptions);
    if (sameDay.match(clause).hasMatch())
        return Relative::SameDay;
    if (nextDay.match(clause).hasMatch())
        return Relative::NextDay;
    return Relative::None;
}

bool isAboutTheText(QStringView clause)
{
    const GatedExpression &reference = textReference();
    return reference.gate->mayMatch(clause) && reference.expression->match(clause).hasMatch();
}

QVector<GatedExpression> gatedExpressions()
{
    return {relativeClause(), participlePhrase(), subordinateClause(), textReference()};
}

} // namespace EventDating
