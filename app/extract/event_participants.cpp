#include "app/extract/event_participants.h"

#include "app/corpus/pcre_pattern.h"
#include "app/extract/event_dating.h"
#include "app/extract/indexed_alternation.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

void addMissing(QStringList &list, const QStringList &more)
{
    for (const QString &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
}

// The pieces of `text` between runs of white space, as a split at "\\s+" (ASCII white space, as
// an expression without Unicode properties reads it) counts them, without making them.
int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool space = u == ' ' || (u >= '\t' && u <= '\r');
        words += !space && !inWord ? 1 : 0;
        inWord = !space;
    }
    return words;
}

bool isPerson(const QString &category)
{
    return category == QLatin1String("leader") || category == QLatin1String("official");
}

// "Both presidents", "the parties", "the two countries": everyone of the group before. Its gate,
// as the sequel's, needs a word most clauses lack ("parties", "second"…): a reading of the
// clause for those words' openings costs less than the expression's trying every place.
const EventDating::GatedExpression &pluralReference()
{
    static const PcrePattern expression(
        QStringLiteral("\\b(the parties|the sides|both sides|both presidents|the two presidents|"
                       "both leaders|the two leaders|the two countries|both countries|"
                       "the two states|both states|the two ministers|both ministers|"
                       "the two heads of state|the presidents|the leaders|the ministers|"
                       "the (?:three|four|five) (?:states|countries|republics)|"
                       "each other)\\b(?!\\s+of\\b)"),
        kOptions);
    static const IndexedAlternation gate(
        {QStringLiteral("\\b(?:parties|sides|presidents|leaders|countries|states|ministers|heads|"
                        "republics|other)")},
        kOptions);
    static const EventDating::GatedExpression gated{QStringLiteral("plural"), &expression, &gate};
    return gated;
}

// "The second meeting was held in Belovezh", "A similar result was observed": the same parties
// as the event before.
const EventDating::GatedExpression &sequelReference()
{
    static const PcrePattern expression(
        QStringLiteral("\\b(the|a) (second|third|fourth|fifth|next|last|final|another|similar|"
                       "same) (\\w+ )?(meeting|round|session|result|outcome|vote|voting|call|"
                       "conversation|visit|talks|negotiations)\\b"),
        kOptions);
    static const IndexedAlternation gate(
        {QStringLiteral("\\b(?:second|third|fourth|fifth|next|last|final|another|similar|same)")},
        kOptions);
    static const EventDating::GatedExpression gated{QStringLiteral("sequel"), &expression, &gate};
    return gated;
}

} // namespace

EventParticipants::EventParticipants(const Gazetteer &gazetteer, const Article &article,
                                     const QVector<Mention> &mentions)
    : m_gazetteer(gazetteer)
    , m_article(article)
{
    for (const Mention &m : mentions) {
        if (m.sentence >= 0)
            m_bySentence[m.sentence].append(&m);
    }
}

// The mentions of `sentence` that start in `within`, found by binary search: the mentions are
// in text order, and one long sentence may hold thousands of them and of clauses.
EventParticipants::MentionRange EventParticipants::mentionsIn(int sentence, TextSpan within) const
{
    const auto it = m_bySentence.constFind(sentence);
    if (it == m_bySentence.constEnd())
        return {};
    const QVector<const Mention *> &all = *it;
    const auto from =
        std::lower_bound(all.cbegin(), all.cend(), within.start,
                         [](const Mention *m, qsizetype start) { return m->span.start < start; });
    const auto to =
        std::lower_bound(from, all.cend(), within.end,
                         [](const Mention *m, qsizetype end) { return m->span.start < end; });
    return {from, to};
}

QVector<EventParticipants::Named> EventParticipants::countriesIn(int sentence,
                                                                 TextSpan within) const
{
    QVector<Named> found;
    for (const Mention *m : mentionsIn(sentence, within)) {
        if (!within.contains(m->span))
            continue;
        for (const QString &country : m_gazetteer.countriesOfNumbered(m->entityNumber)) {
            found.append({country, m->span.start, isPerson(m->category()),
                          m->category() == QLatin1String("name")});
        }
    }
    return found;
}

QStringList EventParticipants::named(int sentence, TextSpan clause,
                                     const QVector<TextSpan> &excluded) const
{
    QStringList countries;
    for (const Mention *m : mentionsIn(sentence, clause)) {
        if (clause.contains(m->span) && !EventDating::inAny(excluded, m->span))
            addMissing(countries, m_gazetteer.countriesOfNumbered(m->entityNumber));
    }
    return countries;
}

// The country of the first name (or the first person, for "he") in `before` of `sentence`: a
// subject pronoun refers to the subject before it.
QStringList EventParticipants::subjectOf(int sentence, TextSpan before, bool person) const
{
    for (const Named &n : countriesIn(sentence, before)) {
        if (person ? n.person : (n.subjectLike || n.person))
            return {n.country};
    }
    return {};
}

// The nearest clause before `clause` that names two countries or more: of its own sentence
// first, else of the sentence before.
QStringList EventParticipants::groupBefore(int sentence, TextSpan clause, int previous) const
{
    const Sentence &own = m_article.sentences.at(sentence);
    QStringList countries;
    for (const Named &n : countriesIn(sentence, {own.span.start, clause.start}))
        addMissing(countries, {n.country});
    if (countries.size() >= 2 || previous < 0)
        return countries.size() >= 2 ? countries : QStringList{};
    countries.clear();
    for (const Named &n : countriesIn(previous, m_article.sentences.at(previous).span))
        addMissing(countries, {n.country});
    return countries.size() >= 2 ? countries : QStringList{};
}

QStringList EventParticipants::institutionReferredTo(int sentence, TextSpan clause) const
{
    static const PcrePattern role(
        QStringLiteral(
            "\\bthe (ministry|government|parliament|president|prime minister)\\b(?!\\s+of\\b)"),
        kOptions);
    const auto m = role.match(m_article.slice(clause));
    if (!m.hasMatch())
        return {};
    QString word = m.captured(1);
    word[0] = word.at(0).toUpper();
    if (word.startsWith(QLatin1String("Prime")))
        word = QStringLiteral("Minister");
    return roleAntecedent(sentence, clause, word);
}

bool EventParticipants::namesAnyone(int sentence, TextSpan clause) const
{
    const MentionRange mentions = mentionsIn(sentence, clause);
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const Mention *m) { return clause.contains(m->span); });
}

// "The Ministry" refers to the ministry named last ("the Kyrgyz Foreign Ministry", "the
// Ministry of Foreign Affairs of Belarus") in this sentence before `clause` or in the sentences
// before it in its paragraph.
QStringList EventParticipants::roleAntecedent(int sentence, TextSpan clause,
                                              const QString &role) const
{
    // One expression per role, made once (extraction runs on several threads: no cache).
    static const QHash<QString, PcrePattern> byRole = [] {
        QHash<QString, PcrePattern> roles;
        for (const char *r : {"Ministry", "Government", "Parliament", "President", "Minister"})
            roles.insert(QLatin1String(r),
                         PcrePattern(QStringLiteral("(?:\\p{L}+\\s+){0,2}%1(?:\\s+(?:of|the|for|"
                                                    "\\p{Lu}\\p{L}*)){0,6}")
                                         .arg(QLatin1String(r)),
                                     QRegularExpression::UseUnicodePropertiesOption));
        return roles;
    }();
    const auto found = byRole.constFind(role);
    if (found == byRole.constEnd())
        return {};
    const PcrePattern &named = *found;
    const int paragraph = m_article.sentences.at(sentence).paragraph;
    // The last five sentences at most: a long paragraph is not searched again for every clause.
    for (int s = sentence;
         s >= 0 && s > sentence - 5 && m_article.sentences.at(s).paragraph == paragraph; --s) {
        const TextSpan span = m_article.sentences.at(s).span;
        const TextSpan before{span.start, s == sentence ? clause.start : span.end};
        QStringList last;
        for (auto it = named.globalMatch(m_article.slice(before)); it.hasNext();) {
            const auto m = it.next();
            QStringList here;
            for (const Named &n :
                 countriesIn(s, {before.start + m.capturedStart(), before.start + m.capturedEnd()}))
                addMissing(here, {n.country});
            if (!here.isEmpty())
                last = here;
        }
        if (!last.isEmpty())
            return {last.first()};
    }
    return {};
}

QStringList EventParticipants::referredTo(int sentence, TextSpan clause, int previous,
                                          const QStringList &lastEvent) const
{
    const QStringView text = m_article.slice(clause);
    QStringList countries;
    // "…; the former, along with Ukraine, was granted…": the first or last of the group before.
    static const PcrePattern formerLatter(
        QStringLiteral("^\\W*(?:(?:and|but|while|whereas|yet)\\s+)?the (former|latter)\\b"),
        kOptions);
    // "For instance, on 18 March, it decided…": a subject pronoun opening the clause, or
    // following its opening phrase; not "it is important to…".
    static const PcrePattern subject(
        QStringLiteral("(?:^\\W*|,\\s*|^\\W*(?:and|but|then|so)\\s+)([Ii]t|[Hh]e|[Ss]he|[Tt]hey|"
                       "[Tt]he (?:Ministry|"
                       "Foreign Ministry|Government|Parliament|President|Prime "
                       "Minister))\\s+(?!of\\b|is\\b|was\\b|"
                       "would\\b|might\\b|may\\b|could\\b|seems\\b|seemed\\b|appears\\b|"
                       "must\\b|should\\b|will\\b|can\\b)\\p{L}"),
        QRegularExpression::UseUnicodePropertiesOption);
    const EventDating::GatedExpression &plural = pluralReference();
    const EventDating::GatedExpression &sequel = sequelReference();
    if (const auto m = plural.gate->mayMatch(text) ? plural.expression->match(text) : PcreMatch();
        m.hasMatch()) {
        QStringList group = groupBefore(sentence, clause, previous);
        if (group.isEmpty() && lastEvent.size() >= 2)
            group = lastEvent;
        // "The three states": the first three named.
        static const QStringList numbers{QStringLiteral("two"), QStringLiteral("three"),
                                         QStringLiteral("four"), QStringLiteral("five")};
        const QString words = m.captured(1).toLower();
        for (qsizetype n = 0; n < numbers.size(); ++n) {
            if (words.contains(numbers.at(n)) ||
                (n == 0 && words.startsWith(QLatin1String("both"))))
                group = group.mid(0, n + 2);
        }
        addMissing(countries, group);
    }
    if (sequel.gate->mayMatch(text) && sequel.expression->match(text).hasMatch())
        addMissing(countries, lastEvent);
    if (const auto m = formerLatter.match(text); m.hasMatch()) {
        const QStringList group = groupBefore(sentence, clause, previous);
        if (!group.isEmpty())
            addMissing(countries,
                       {m.captured(1).compare(QLatin1String("former"), Qt::CaseInsensitive) == 0
                            ? group.first()
                            : group.last()});
    }
    if (const auto m = subject.match(text); m.hasMatch()) {
        const qsizetype at = clause.start + m.capturedStart(1);
        // Only when the clause names no one before the pronoun: "Zelensky said that he…".
        if (countriesIn(sentence, {clause.start, at}).isEmpty()) {
            const QString pronoun = m.captured(1).toLower();
            const bool person = pronoun == QLatin1String("he") || pronoun == QLatin1String("she") ||
                                pronoun == QLatin1String("the president") ||
                                pronoun == QLatin1String("the prime minister");
            const bool role = pronoun.startsWith(QLatin1String("the "));
            if (pronoun == QLatin1String("they")) {
                addMissing(countries, groupBefore(sentence, clause, previous));
            } else {
                const Sentence &own = m_article.sentences.at(sentence);
                QStringList found;
                if (role) // "The Ministry published…": the ministry named last
                    found = roleAntecedent(sentence, clause,
                                           m.captured(1).mid(4).split(QLatin1Char(' ')).last());
                if (found.isEmpty() && !role)
                    found = subjectOf(sentence, {own.span.start, clause.start}, person);
                if (found.isEmpty() && !role && previous >= 0)
                    found = subjectOf(previous, m_article.sentences.at(previous).span, person);
                if (found.isEmpty() && !lastEvent.isEmpty())
                    found = {lastEvent.first()};
                addMissing(countries, found);
            }
        }
    }
    return countries;
}

QVector<EventDating::GatedExpression> EventParticipants::gatedExpressions()
{
    return {pluralReference(), sequelReference()};
}

QVector<TextSpan> EventParticipants::circumstanceAndQuotes(QStringView clause, qsizetype offset)
{
    QVector<TextSpan> parts;
    // The first two expressions need a comma and the third a quotation mark. Most clauses have
    // neither, and a match costs even where it fails at once: they are not asked there.
    if (clause.contains(QLatin1Char(','))) {
        static const PcrePattern opening(
            QStringLiteral("^\\W*(?:(?:on|in|by|since|at) [^,;]{1,40},\\s*)?((?:due to|because of|"
                           "despite|in spite of|amid|in response to|considering|fearing|apart "
                           "from|unlike|in view of|given|after|following|in addition to|besides)"
                           "\\b[^,;]*),"),
            kOptions);
        if (const auto m = opening.match(clause); m.hasMatch())
            parts.append({m.capturedStart(1) + offset, m.capturedEnd(1) + offset});
        // "in addition to Russia", and a relative clause between commas ("Kazakhstan, which is
        // in a customs union with Russia and Armenia, said…"): about someone, not taking part.
        static const PcrePattern aside(
            QStringLiteral(",\\s*((?:in addition to|besides|like|unlike|which|who|whose|whom|to "
                           "whom|to whose)\\b[^,;]*)(?:,|$)"),
            kOptions);
        for (auto it = aside.globalMatch(clause); it.hasNext();) {
            const auto m = it.next();
            parts.append({m.capturedStart(1) + offset, m.capturedEnd(1) + offset});
        }
    }
    // A quotation of five words or more is what someone said; a shorter one
    // (“Russian occupied territory”) is a name for a thing and names its country.
    if (clause.contains(u'“') || clause.contains(QLatin1Char('"'))) {
        static const PcrePattern quotation(QStringLiteral("“[^“”]*”|\"[^\"]*\""));
        for (auto it = quotation.globalMatch(clause); it.hasNext();) {
            const auto m = it.next();
            if (wordCount(m.capturedView()) >= 5)
                parts.append({m.capturedStart() + offset, m.capturedEnd() + offset});
        }
    }
    return EventDating::merged(parts);
}

QVector<TextSpan> EventParticipants::asides(QStringView clause, qsizetype offset,
                                            bool military) const
{
    return asides(clause, offset, military, circumstanceAndQuotes(clause, offset));
}

QVector<TextSpan> EventParticipants::asides(QStringView clause, qsizetype offset, bool military,
                                            const QVector<TextSpan> &circumstanceParts) const
{
    QVector<TextSpan> parts = circumstanceParts;
    if (!military) {
        for (const IndexedAlternation::Match &m : m_gazetteer.topics().all(clause))
            parts.append({m.start + offset, m.end + offset});
    }
    return EventDating::merged(parts);
}
