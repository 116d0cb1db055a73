// PcrePattern matches as QRegularExpression does (the tests ask Qt for the expected matches):
// each group's offsets, every start offset (negative ones counted from the end), global matches
// with empty matches and surrogate pairs, subjects that are not valid UTF-16, on two threads.
#include "app/corpus/pcre_pattern.h"
#include "app/corpus/subject_check.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <thread>

namespace {

constexpr auto kWords =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

struct Case {
    QString pattern;
    QRegularExpression::PatternOptions options;
};

QList<Case> cases()
{
    return {
        {QStringLiteral("\\b(\\d{1,2})\\s+(March|April)(?:,?\\s+(\\d{4}))?"), {}},
        {QStringLiteral("\\b(the same day|this date)\\b"),
         QRegularExpression::CaseInsensitiveOption},
        {QStringLiteral("(?<=\\p{L}\\s)(held|signed)\\s+(?:on|in)\\b[^,;]*"), kWords},
        {QStringLiteral("\\p{L}*"), kWords}, // empty matches between words
        {QStringLiteral("(a)|(b)|(c)"), {}}, // groups after the one that took part are unset
        {QStringLiteral("^\\W*(?:and|but)?\\s*(\\w+)"), kWords},
        {QStringLiteral("x?"), {}}, // empty at every place, surrogate pairs stepped over
        {QStringLiteral("“[^“”]*”"), {}},
    };
}

QStringList subjects()
{
    const QString flag = QString::fromUtf8("\U0001F1FA\U0001F1E6");
    return {
        QStringLiteral("The referendum held on 27 February 2022, and this date, 3 March"),
        QStringLiteral("On the Same Day it was signed in Minsk; abc cab"),
        flag + QStringLiteral(" Kyiv ") + flag + QStringLiteral("x said “so” on 5 April"),
        QString(),
        QStringLiteral("a lone half ") + QChar(0xD800) + QStringLiteral(" held on 1 March"),
    };
}

void expectSame(const QRegularExpressionMatch &qt, const PcreMatch &own, const QString &where)
{
    ASSERT_EQ(own.hasMatch(), qt.hasMatch()) << qPrintable(where);
    if (!qt.hasMatch())
        return;
    EXPECT_EQ(own.lastCapturedIndex(), qt.lastCapturedIndex()) << qPrintable(where);
    for (int group = 0; group <= qt.lastCapturedIndex() + 1; ++group) {
        EXPECT_EQ(own.capturedStart(group), qt.capturedStart(group)) << qPrintable(where) << group;
        EXPECT_EQ(own.capturedEnd(group), qt.capturedEnd(group)) << qPrintable(where) << group;
        EXPECT_EQ(own.capturedView(group), qt.capturedView(group)) << qPrintable(where) << group;
        EXPECT_EQ(own.captured(group).isNull(), qt.captured(group).isNull()) << qPrintable(where);
    }
}

QString where(const Case &c, const QString &subject, qsizetype from = 0)
{
    return QStringLiteral("/%1/ in \"%2\" from %3").arg(c.pattern, subject).arg(from);
}

} // namespace

TEST(PcrePattern, MatchesFromEveryOffsetAsQtDoes)
{
    for (const Case &c : cases()) {
        const QRegularExpression qt(c.pattern, c.options);
        const PcrePattern own(c.pattern, c.options);
        ASSERT_TRUE(own.isValid()) << qPrintable(c.pattern);
        for (const QString &subject : subjects()) {
            for (qsizetype from = -subject.size() - 1; from <= subject.size() + 1; ++from) {
                expectSame(qt.match(QStringView(subject), from), own.match(subject, from),
                           where(c, subject, from));
            }
        }
    }
}

TEST(PcrePattern, GlobalMatchesAreQtsOneByOne)
{
    for (const Case &c : cases()) {
        const QRegularExpression qt(c.pattern, c.options);
        const PcrePattern own(c.pattern, c.options);
        for (const QString &subject : subjects()) {
            auto expected = qt.globalMatch(QStringView(subject));
            auto found = own.globalMatch(subject);
            int count = 0;
            while (expected.hasNext()) {
                ASSERT_TRUE(found.hasNext()) << qPrintable(where(c, subject)) << " match " << count;
                expectSame(expected.next(), found.next(), where(c, subject));
                ++count;
            }
            EXPECT_FALSE(found.hasNext()) << qPrintable(where(c, subject)) << " after " << count;
        }
    }
}

// matchAt() is Qt's match anchored at the offset: it starts there or is none, and its
// look-behinds see the text before.
TEST(PcrePattern, AMatchAtAPlaceIsQtsAnchoredThere)
{
    int matched = 0;
    for (const Case &c : cases()) {
        const QRegularExpression qt(c.pattern, c.options);
        const PcrePattern own(c.pattern, c.options);
        for (const QString &subject : subjects()) {
            for (qsizetype at = 0; at <= subject.size(); ++at) {
                const QRegularExpressionMatch expected =
                    qt.match(QStringView(subject), at, QRegularExpression::NormalMatch,
                             QRegularExpression::AnchorAtOffsetMatchOption);
                const PcreMatch found = own.matchAt(subject, at);
                expectSame(expected, found, where(c, subject, at));
                if (found.hasMatch()) {
                    EXPECT_EQ(found.capturedStart(), at) << qPrintable(where(c, subject, at));
                    ++matched;
                }
            }
        }
    }
    EXPECT_GT(matched, 50);
    // The look-behind sees the text before the place: "held" at 15 follows a letter and a
    // space, at 21 a comma and a space.
    const PcrePattern afterAWord(QStringLiteral("(?<=\\p{L}\\s)held"), kWords);
    const QString text = QStringLiteral("The referendum held, held");
    EXPECT_TRUE(afterAWord.matchAt(text, 15).hasMatch());
    EXPECT_FALSE(afterAWord.matchAt(text, 21).hasMatch()) << "after a comma and a space";
    EXPECT_FALSE(afterAWord.matchAt(text, 14).hasMatch()) << "not searched on from the place";
}

// Within a ValidText its views are matched unchecked; a view that splits a pair, or a start on
// a pair's second half, is still checked and comes out as Qt's checked match.
TEST(PcrePattern, AViewIntoTheCheckedTextMatchesAsACheckedOneDoes)
{
    const QString text =
        QString::fromUtf8("\U0001F1FA\U0001F1E6") + QStringLiteral(" held on 2 May");
    const SubjectCheck::ValidText checked(text);
    for (const Case &c : cases()) {
        const QRegularExpression qt(c.pattern, c.options);
        const PcrePattern own(c.pattern, c.options);
        for (const QStringView view : {QStringView(text), QStringView(text).mid(1),
                                       QStringView(text).first(1), QStringView(text).mid(2)}) {
            for (qsizetype from = 0; from <= view.size(); ++from) {
                expectSame(qt.match(view, from), own.match(view, from),
                           where(c, view.toString(), from));
            }
        }
    }
}

// A global match over a view into the checked text runs unchecked from its first match on.
TEST(PcrePattern, AGlobalMatchOverAViewOfTheCheckedTextIsQts)
{
    const QString text = QString::fromUtf8("\U0001F1FA\U0001F1E6") +
                         QStringLiteral(" held on 2 May, signed in June; x") +
                         QString::fromUtf8("\U0001F1FA");
    const SubjectCheck::ValidText checked(text);
    for (const Case &c : cases()) {
        const QRegularExpression qt(c.pattern, c.options);
        const PcrePattern own(c.pattern, c.options);
        for (const QStringView view : {QStringView(text), QStringView(text).mid(2)}) {
            ASSERT_EQ(SubjectCheck::optionsFor(view),
                      QRegularExpression::DontCheckSubjectStringMatchOption)
                << "the unchecked path";
            auto expected = qt.globalMatch(view);
            auto found = own.globalMatch(view);
            while (expected.hasNext()) {
                ASSERT_TRUE(found.hasNext()) << qPrintable(where(c, view.toString()));
                expectSame(expected.next(), found.next(), where(c, view.toString()));
            }
            EXPECT_FALSE(found.hasNext()) << qPrintable(where(c, view.toString()));
        }
    }
}

// Where a pattern makes CR LF a newline, a global match steps over both after an empty match.
TEST(PcrePattern, AnEmptyMatchStepsOverACrLfNewlineAsQtDoes)
{
    const QString text = QStringLiteral("a\r\nb\r\n\r\nc");
    for (const QString &pattern :
         {QStringLiteral("(*CRLF)x*"), QStringLiteral("(*ANYCRLF)x*"), QStringLiteral("(*ANY)x*"),
          QStringLiteral("(*LF)x*"), QStringLiteral("x*"), QStringLiteral("(*CRLF)(?m)^")}) {
        const QRegularExpression qt(pattern);
        const PcrePattern own(pattern);
        auto expected = qt.globalMatch(text);
        auto found = own.globalMatch(text);
        int count = 0;
        while (expected.hasNext()) {
            ASSERT_TRUE(found.hasNext()) << qPrintable(pattern) << " match " << count;
            expectSame(expected.next(), found.next(), pattern);
            ++count;
        }
        EXPECT_FALSE(found.hasNext()) << qPrintable(pattern);
    }
}

// A match keeps the whole match and the first 23 groups, as Qt gives them.
TEST(PcrePattern, APatternWithMoreGroupsThanAreKeptStillMatches)
{
    QString pattern;
    QString subject;
    for (int i = 0; i < 30; ++i) {
        pattern += QStringLiteral("(%1)").arg(QChar(u'a' + (i % 26)));
        subject += QChar(u'a' + (i % 26));
    }
    const QRegularExpression qt(pattern);
    const PcrePattern own(pattern);
    const auto expected = qt.match(subject);
    const PcreMatch found = own.match(subject);
    ASSERT_TRUE(expected.hasMatch());
    ASSERT_TRUE(found.hasMatch());
    for (int group = 0; group < PcreMatch::kMostGroups; ++group) {
        EXPECT_EQ(found.capturedStart(group), expected.capturedStart(group)) << group;
        EXPECT_EQ(found.capturedEnd(group), expected.capturedEnd(group)) << group;
    }
}

TEST(PcrePattern, AnInvalidPatternMatchesNothing)
{
    const PcrePattern broken(QStringLiteral("(unclosed"));
    EXPECT_FALSE(broken.isValid());
    const QString qtSays = QRegularExpression(QStringLiteral("(unclosed")).errorString();
    EXPECT_TRUE(broken.errorString().startsWith(qtSays)) << qPrintable(broken.errorString());
    EXPECT_TRUE(PcrePattern(QStringLiteral("(closed)")).errorString().isEmpty());
    EXPECT_FALSE(broken.match(u"(unclosed").hasMatch());
    EXPECT_FALSE(broken.globalMatch(u"(unclosed").hasNext());
    EXPECT_FALSE(PcrePattern().match(u"").hasMatch());
}

// Each thread matches with its own match data: two threads at once find what one finds alone.
TEST(PcrePattern, TwoThreadsMatchingAtOnceFindWhatOneFinds)
{
    const PcrePattern dates(QStringLiteral("\\b(\\d{1,2}) (March|April)\\b"));
    const QString first = QStringLiteral("on 3 March and 14 April, then 7 March");
    const QString second = QStringLiteral("by 21 April");
    const auto all = [&](const QString &subject) {
        QStringList found;
        for (auto it = dates.globalMatch(subject); it.hasNext();) {
            const PcreMatch m = it.next();
            found.append(m.captured(1) + QLatin1Char('/') + m.captured(2));
        }
        return found;
    };
    const QStringList alone = all(first);
    ASSERT_EQ(alone, QStringList({"3/March", "14/April", "7/March"}));
    bool otherSame = true;
    std::thread other([&] {
        for (int i = 0; i < 20000; ++i)
            otherSame = otherSame && all(second) == QStringList({"21/April"});
    });
    bool sameHere = true;
    for (int i = 0; i < 20000; ++i)
        sameHere = sameHere && all(first) == alone;
    other.join();
    EXPECT_TRUE(sameHere);
    EXPECT_TRUE(otherSame);
}

// What PCRE2 says it knows of every match of a pattern, which BoilerplateRules uses to choose
// how to match its patterns.
TEST(PcrePattern, KnowledgeIsWhatPcre2LearnsOfEveryMatch)
{
    const auto caption = PcrePattern::knowledgeOf(
        QStringLiteral("[^.]{0,160}\\.?\\s+Source:"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption |
            QRegularExpression::DotMatchesEverythingOption); // as the boilerplate rules have it
    EXPECT_FALSE(caption.opensWithKnownUnits) << "it may open with any character but a full stop";
    EXPECT_TRUE(caption.holdsAKnownUnit) << "every match holds the colon";
    EXPECT_FALSE(caption.refersBack);

    const auto menu = PcrePattern::knowledgeOf(QStringLiteral("Menu|Share"),
                                               QRegularExpression::CaseInsensitiveOption);
    EXPECT_TRUE(menu.opensWithKnownUnits) << "m, M, s or S";

    const auto anything = PcrePattern::knowledgeOf(QStringLiteral(".*"));
    EXPECT_FALSE(anything.opensWithKnownUnits);
    EXPECT_FALSE(anything.holdsAKnownUnit);

    EXPECT_TRUE(PcrePattern::knowledgeOf(QStringLiteral("(a)\\1")).refersBack);
    EXPECT_TRUE(PcrePattern::knowledgeOf(QStringLiteral("(?<w>a)\\k<w>")).refersBack);
    EXPECT_FALSE(PcrePattern::knowledgeOf(QStringLiteral("(a)b")).refersBack);
    EXPECT_FALSE(PcrePattern::knowledgeOf(QStringLiteral("(a)(?1)")).refersBack) << "a call";

    const auto invalid = PcrePattern::knowledgeOf(QStringLiteral("(unclosed"));
    EXPECT_FALSE(invalid.opensWithKnownUnits || invalid.holdsAKnownUnit || invalid.refersBack);
}
