// IndexedAlternation must match exactly as the plain alternation of its patterns would. The
// expected matches are QRegularExpression's own, over the joined patterns, on the built-in
// articles and on texts made to hit the patterns (odd case, ſ and the Kelvin sign).
#include "app/extract/indexed_alternation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <random>

namespace {

QJsonObject resource(const char *name)
{
    QFile file(QStringLiteral(PE_SOURCE_DIR "/resources/") + QString::fromUtf8(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &v : array)
        result.append(v.toString());
    return result;
}

// The pattern lists the extraction uses, from the built-in resources.
QVector<QStringList> builtinPatternLists()
{
    QStringList verbs;
    QStringList nouns;
    for (const QJsonValue &type : resource("event_types.json").value("types").toArray()) {
        verbs += strings(type.toObject().value("verbs").toArray());
        nouns += strings(type.toObject().value("patterns").toArray());
    }
    const QStringList topics =
        strings(resource("gazetteer.json").value("frame").toObject().value("topics").toArray());
    return {verbs, nouns, topics};
}

// Sentences of the built-in articles, and texts made of the patterns' own words in odd case,
// some with ſ for s and the Kelvin sign for k.
QStringList sampleTexts(const QStringList &patterns)
{
    QStringList texts;
    for (const QString &name : QDir(QStringLiteral(PE_SOURCE_DIR "/resources/corpus"))
                                   .entryList({QStringLiteral("*.txt")})) {
        QFile file(QStringLiteral(PE_SOURCE_DIR "/resources/corpus/") + name);
        if (file.open(QIODevice::ReadOnly))
            texts += QString::fromUtf8(file.readAll()).split(QLatin1Char('.'));
    }
    QStringList words;
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    for (const QString &pattern : patterns)
        for (auto it = letters.globalMatch(pattern); it.hasNext();)
            words.append(it.next().captured());
    words += {QStringLiteral("Ukraine"), QStringLiteral("Armenia"), QStringLiteral("the"),
              QStringLiteral("2"),       QStringLiteral("of"),      QStringLiteral("on")};
    std::mt19937 random(17);
    std::uniform_int_distribution<qsizetype> pick(0, words.size() - 1);
    for (int t = 0; t < 4000; ++t) {
        QString text;
        for (int w = 0; w < 12; ++w) {
            QString word = words.at(pick(random));
            if (random() % 3 == 0)
                word = word.toUpper();
            if (random() % 15 == 0)
                word.replace(QLatin1Char('s'), QChar(0x017F));
            if (random() % 15 == 0)
                word.replace(QLatin1Char('k'), QChar(0x212A));
            const char *separators[] = {" ", " ", " ", "-", "_", "’s ", ", ", "é"};
            text += word + QString::fromUtf8(separators[random() % 8]);
        }
        texts.append(text);
    }
    return texts;
}

struct Found {
    int pattern;
    qsizetype start;
    qsizetype end;
    bool operator==(const Found &o) const = default;
};

std::ostream &operator<<(std::ostream &out, const Found &f)
{
    return out << "pattern " << f.pattern << " at " << f.start << "–" << f.end;
}

// The joined alternation, a named group per pattern to tell which one matched.
QRegularExpression joined(const QStringList &patterns, QRegularExpression::PatternOptions options)
{
    QStringList groups;
    for (qsizetype i = 0; i < patterns.size(); ++i)
        groups.append(QStringLiteral("(?<p%1>%2)").arg(i).arg(patterns.at(i)));
    return QRegularExpression(groups.join(QLatin1Char('|')), options);
}

Found expectedFirst(const QRegularExpression &re, qsizetype count, const QString &text)
{
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return {-1, -1, -1};
    for (int i = 0; i < count; ++i) {
        if (m.capturedStart(QStringLiteral("p%1").arg(i)) >= 0)
            return {i, m.capturedStart(), m.capturedEnd()};
    }
    return {-2, m.capturedStart(), m.capturedEnd()};
}

Found actual(const IndexedAlternation::Match &m)
{
    return m.found() ? Found{m.pattern, m.start, m.end} : Found{-1, -1, -1};
}

using Spans = QVector<QPair<qsizetype, qsizetype>>;

// Every match IndexedAlternation::all() gives in `text`, as start and end.
Spans allSpans(const IndexedAlternation &alternation, const QString &text)
{
    Spans spans;
    for (const IndexedAlternation::Match &m : alternation.all(text))
        spans.append({m.start, m.end});
    return spans;
}

// Every match of `plain` in `text` as QRegularExpression::globalMatch gives them.
Spans globalSpans(const QRegularExpression &plain, const QString &text)
{
    Spans spans;
    for (auto it = plain.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    return spans;
}

} // namespace

// Four letters are read: a word that shares only three with a pattern ("help", "sight",
// "adore" for "held", "signed", "adopted") is no place where it can match.
TEST(IndexedAlternation, AWordSharingOnlyThreeLettersIsNoOpening)
{
    const IndexedAlternation gate({QStringLiteral("\\b(?:held|signed|adopted)")},
                                  QRegularExpression::CaseInsensitiveOption);
    const QString text =
        QStringLiteral("Help in sight, they adore it: HELD and \u017Figned, then adopted.");
    QVector<qsizetype> expected;
    for (const QString &word :
         {QStringLiteral("HELD"), QStringLiteral("\u017Figned"), QStringLiteral("adopted")})
        expected.append(text.indexOf(word));
    EXPECT_EQ(gate.openingPlaces(text), expected);
    EXPECT_FALSE(gate.mayMatch(u"Help in sight, they adore it."));
    EXPECT_TRUE(gate.mayMatch(u"The vote was held."));
}

// Three letters are a hashed bit: "aal" and "dla" share one here. A word opening "dla" is
// looked for in the table as three letters (a miss) and then, as "dlab" opens a pattern too,
// as four.
TEST(IndexedAlternation, ThreeLettersSharingABitWithOthersMissNoOpening)
{
    const IndexedAlternation gate({QStringLiteral("\\baal"), QStringLiteral("\\bdlab")},
                                  QRegularExpression::CaseInsensitiveOption);
    EXPECT_TRUE(gate.mayMatch(u"dlab"));
    EXPECT_TRUE(gate.mayMatch(u"aal"));
    EXPECT_TRUE(gate.mayMatch(u"x aala"));
    EXPECT_FALSE(gate.mayMatch(u"dlac"));
    EXPECT_FALSE(gate.mayMatch(u"dla"));
    EXPECT_EQ(gate.openingPlaces(u"dla dlab aal dlac"), (QVector<qsizetype>{4, 9}));
}

TEST(IndexedAlternation, FindsWhatTheJoinedAlternationFinds)
{
    for (const QRegularExpression::PatternOptions options :
         {QRegularExpression::PatternOptions(QRegularExpression::CaseInsensitiveOption),
          QRegularExpression::CaseInsensitiveOption |
              QRegularExpression::UseUnicodePropertiesOption}) {
        for (const QStringList &patterns : builtinPatternLists()) {
            ASSERT_FALSE(patterns.isEmpty());
            const IndexedAlternation alternation(patterns, options);
            const QRegularExpression plain = joined(patterns, options);
            ASSERT_TRUE(plain.isValid());
            int matched = 0;
            for (const QString &text : sampleTexts(patterns)) {
                const Found expected = expectedFirst(plain, patterns.size(), text);
                ASSERT_EQ(actual(alternation.first(text)), expected) << text.toStdString();
                // from the middle of the text on, as the plain expression searches from there
                const qsizetype middle = text.size() / 2;
                const QRegularExpressionMatch later = plain.match(text, middle);
                const IndexedAlternation::Match fromMiddle = alternation.first(text, middle);
                ASSERT_EQ(fromMiddle.found(), later.hasMatch()) << text.toStdString();
                if (later.hasMatch()) {
                    EXPECT_EQ(fromMiddle.start, later.capturedStart());
                    EXPECT_EQ(fromMiddle.end, later.capturedEnd());
                }
                ASSERT_EQ(allSpans(alternation, text), globalSpans(plain, text))
                    << text.toStdString();
                matched += expected.pattern >= 0;
            }
            EXPECT_GT(matched, 100); // the texts do hit the patterns
        }
    }
}

// all() keeps each pattern's next match and looks again only when a match taken has passed its
// start: a match of one pattern inside another's taken match is looked for again after it.
TEST(IndexedAlternation, AllLooksAgainForAMatchATakenOneOverlapped)
{
    const QStringList patterns{QStringLiteral("\\bfoo bar"), QStringLiteral("\\bbar baz"),
                               QStringLiteral("\\bbaz")};
    const IndexedAlternation alternation(patterns, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression plain(patterns.join(QLatin1Char('|')),
                                   QRegularExpression::CaseInsensitiveOption);
    for (const QString &text :
         {QStringLiteral("foo bar baz bar baz"), QStringLiteral("bar baz foo bar baz baz"),
          QStringLiteral("Foo bar, baz; foo bar baz")}) {
        const Spans found = allSpans(alternation, text);
        EXPECT_EQ(found, globalSpans(plain, text)) << text.toStdString();
        EXPECT_GE(found.size(), 3) << text.toStdString();
    }
}

TEST(IndexedAlternation, TheFirstListedPatternThatMatchesAnywhere)
{
    const IndexedAlternation alternation(
        {QStringLiteral("\\bsummit\\b"), QStringLiteral("\\bvote\\b"), QStringLiteral("x\\d")},
        QRegularExpression::CaseInsensitiveOption);
    const auto m = alternation.firstListed(QStringLiteral("A vote at the Summit"));
    EXPECT_EQ(m.pattern, 0);
    EXPECT_EQ(m.start, 14);
    EXPECT_EQ(alternation.firstListed(QStringLiteral("No vote")).pattern, 1);
    EXPECT_EQ(alternation.firstListed(QStringLiteral("box3")).pattern, 2); // always run
    EXPECT_FALSE(alternation.firstListed(QStringLiteral("devote")).found());
}

// Openings of one to four letters, and words cut short by the end of the text: the reading of
// a text looks up only the openings its table holds, and must miss none of them.
TEST(IndexedAlternation, OpeningsOfOneToFourLettersAreAllFound)
{
    const QStringList patterns = {QStringLiteral("\\bx\\w*"),       QStringLiteral("\\bon\\b"),
                                  QStringLiteral("\\bab+c"),        QStringLiteral("\\b(no )*war"),
                                  QStringLiteral("\\bvoted\\b"),    QStringLiteral("\\bat\\b"),
                                  QStringLiteral("\\bo(?:n|ff)er"), QStringLiteral("\\bheld\\b")};
    const auto options = QRegularExpression::CaseInsensitiveOption;
    const IndexedAlternation alternation(patterns, options);
    const QRegularExpression plain = joined(patterns, options);
    int matched = 0;
    for (const char *text :
         {"x",    "X",      "on",       "ON",     "o",        "ab",       "abc",     "abbbc",
          "a",    "at",     "AT",       "war",    "no war",   "no",       "n",       "vo",
          "vot",  "voted",  "VOTED",    "oner",   "offer",    "of",       "box",     "upon",
          "tab",  "sat on", "he voted", "said x", "a\u017Fb", "\u212Aon", "on.",     "xylophone at",
          "abab", "held",   "HELD",     "help",   "hel",      "he",       "held up", "beheld"}) {
        const QString t = QString::fromUtf8(text);
        const Found expected = expectedFirst(plain, patterns.size(), t);
        EXPECT_EQ(actual(alternation.first(t)), expected) << text;
        matched += expected.pattern >= 0;
    }
    EXPECT_GT(matched, 15);
}

// mayMatch() gates expressions that need one of a few words: it may say yes where nothing
// matches, never no where something does.
TEST(IndexedAlternation, AGateSaysNoOnlyWhereNoPatternCanMatch)
{
    const auto options = QRegularExpression::CaseInsensitiveOption;
    for (const QStringList &patterns : builtinPatternLists()) {
        const IndexedAlternation alternation(patterns, options);
        const QRegularExpression plain = joined(patterns, options); // the oracle
        int no = 0;
        for (const QString &text : sampleTexts(patterns)) {
            const bool mayMatch = alternation.mayMatch(text);
            if (plain.match(text).hasMatch()) {
                ASSERT_TRUE(mayMatch) << text.toStdString();
            }
            no += !mayMatch;
        }
        EXPECT_GT(no, 0) << "the gate says no somewhere";
    }
    const IndexedAlternation gate({QStringLiteral("\\b(?:since|as soon as|though)")}, options);
    EXPECT_FALSE(gate.mayMatch(QStringLiteral("Moldova applied on 3 March")));
    EXPECT_FALSE(gate.mayMatch(QStringLiteral("a season, so on")));
    EXPECT_TRUE(gate.mayMatch(QStringLiteral("as soon as it was signed")));
    EXPECT_TRUE(gate.mayMatch(QStringLiteral("SINCE 2014")));
    EXPECT_TRUE(gate.mayMatch(QStringLiteral("thou art"))) << "a yes where nothing matches";
    EXPECT_FALSE(gate.mayMatch(QStringLiteral("thorough")))
        << "its fourth letter is no such word's";
    EXPECT_FALSE(gate.mayMatch(QStringLiteral("although"))) << "\\b: no word opens with tho";
    EXPECT_TRUE(gate.mayMatch(QStringLiteral("\u017Fince then"))) << "ſ is a caseless s";
    const IndexedAlternation always({QStringLiteral("x\\d")}, options);
    EXPECT_TRUE(always.mayMatch(QStringLiteral("nothing here"))) << "an opening it cannot read";
}

// openingPlaces() lets an expression be tried only where a word opens as one of the patterns
// does: every place a match of them starts at must be among them.
TEST(IndexedAlternation, OpeningPlacesHoldEveryPlaceAMatchStartsAt)
{
    const auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    for (const QStringList &patterns : builtinPatternLists()) {
        const IndexedAlternation alternation(patterns, options);
        const QRegularExpression plain = joined(patterns, options);
        qsizetype starts = 0;
        const QStringList texts = sampleTexts(patterns);
        for (qsizetype t = 0; t < texts.size(); t += 4) { // each place of a quarter of them
            const QString &text = texts.at(t);
            const QVector<qsizetype> found = alternation.openingPlaces(text);
            ASSERT_TRUE(std::is_sorted(found.cbegin(), found.cend()));
            // Each place a pattern can match at, not only those of the global match.
            for (qsizetype at = 0; at < text.size(); ++at) {
                if (!plain
                         .match(text, at, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption)
                         .hasMatch())
                    continue;
                ++starts;
                ASSERT_TRUE(found.contains(at)) << text.toStdString() << " at " << at;
            }
        }
        EXPECT_GT(starts, 30); // the texts do hit the patterns
    }
    const IndexedAlternation gate({QStringLiteral("\\b(?:held|signed)")}, options);
    EXPECT_EQ(gate.openingPlaces(QStringLiteral("Held, then signed and held up; beheld, helped")),
              (QVector<qsizetype>{0, 11, 22}))
        << "\"helped\" shares three letters with \"held\", not four; \"beheld\" opens no such word";
}

// A text that is not valid UTF-16 is searched from where it was asked, as Qt searches it: PCRE2
// checks a subject from the search's start on, and a search begun where a word first opens as
// the pattern does would pass over a unit that is not valid, and match where Qt does not.
TEST(IndexedAlternation, ATextNotValidIsSearchedAsQtSearchesIt)
{
    const QStringList patterns{QStringLiteral("\\bvoted\\b")};
    const auto options = QRegularExpression::CaseInsensitiveOption;
    const IndexedAlternation alternation(patterns, options);
    const QRegularExpression plain = joined(patterns, options);
    int matched = 0;
    const QStringList texts{QStringLiteral("x") + QChar(0xD800) + QStringLiteral(" they voted"),
                            QStringLiteral("they voted ") + QChar(0xDC00),
                            QStringLiteral("x they voted")};
    for (const QString &text : texts) {
        const Found expected = expectedFirst(plain, patterns.size(), text);
        EXPECT_EQ(actual(alternation.first(text)), expected) << text.size();
        EXPECT_EQ(allSpans(alternation, text), globalSpans(plain, text)) << text.size();
        matched += expected.pattern >= 0;
    }
    EXPECT_EQ(matched, 1) << "only the valid text matches";
}
