// SubjectCheck skips PCRE2's check of a subject only where it knows the subject to be valid
// UTF-16: a view into a text a ValidText checked, splitting no surrogate pair, on its thread.
// Matches come out the same either way; a subject that is not valid is still checked.
#include "app/corpus/pcre_pattern.h"
#include "app/corpus/subject_check.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <thread>

using SubjectCheck::optionsFor;
using SubjectCheck::ValidText;

namespace {

constexpr auto kUnchecked = QRegularExpression::DontCheckSubjectStringMatchOption;
constexpr auto kChecked = QRegularExpression::NoMatchOption;

// "Kyiv 🇺🇦 said": the flag is two surrogate pairs, at 5–6 and 7–8.
QString textWithPairs()
{
    return QStringLiteral("Kyiv ") + QString::fromUtf8("\U0001F1FA\U0001F1E6") +
           QStringLiteral(" said on 3 March");
}

} // namespace

TEST(SubjectCheck, AViewIntoTheCheckedTextIsMatchedUnchecked)
{
    const QString text = textWithPairs();
    EXPECT_EQ(optionsFor(text), kChecked) << "no text was checked yet";
    const ValidText checked(text);
    EXPECT_EQ(optionsFor(text), kUnchecked);
    EXPECT_EQ(optionsFor(QStringView(text).mid(9)), kUnchecked);
    EXPECT_EQ(optionsFor(QStringView(text).mid(5, 4)), kUnchecked) << "the two pairs whole";
    EXPECT_EQ(optionsFor(QStringView(text).mid(0, 0)), kUnchecked);
}

TEST(SubjectCheck, AViewSplittingAPairIsChecked)
{
    const QString text = textWithPairs();
    const ValidText checked(text);
    ASSERT_TRUE(text.at(5).isHighSurrogate());
    EXPECT_EQ(optionsFor(QStringView(text).mid(6)), kChecked) << "opens on a pair's second half";
    EXPECT_EQ(optionsFor(QStringView(text).first(6)), kChecked) << "closes on a pair's first half";
}

TEST(SubjectCheck, AnotherTextOrAnInvalidOneIsChecked)
{
    const QString text = textWithPairs();
    QString own = text;
    own.detach(); // the same words in a buffer of their own
    const ValidText checked(text);
    EXPECT_EQ(optionsFor(own), kChecked);
    QString broken = QStringLiteral("a lone half ") + QChar(0xD800) + QStringLiteral(" here");
    {
        const ValidText invalid(broken);
        EXPECT_EQ(optionsFor(broken), kChecked);
        EXPECT_EQ(optionsFor(QStringView(broken).first(5)), kChecked);
        EXPECT_EQ(optionsFor(text), kChecked) << "the innermost scope counts";
    }
    EXPECT_EQ(optionsFor(text), kUnchecked) << "the outer scope is back";
}

// A scope for the text an outer scope checked (an article's extraction, then its events) knows
// what the outer found: views of a valid text unchecked, of an invalid one checked; another
// text inside a scope that found its own invalid is checked for itself.
TEST(SubjectCheck, AScopeInsideOneForTheSameTextFindsWhatTheOuterFound)
{
    const QString text = textWithPairs();
    const ValidText outer(text);
    {
        const ValidText inner(text);
        EXPECT_EQ(optionsFor(QStringView(text).mid(9)), kUnchecked);
    }
    EXPECT_EQ(optionsFor(text), kUnchecked) << "the outer scope is back";

    const QString broken = QStringLiteral("a lone half ") + QChar(0xDC00);
    const ValidText invalidOuter(broken);
    {
        const ValidText invalidInner(broken);
        EXPECT_EQ(optionsFor(broken), kChecked) << "the outer found it invalid";
        EXPECT_EQ(optionsFor(QStringView(broken).first(4)), kChecked);
    }
    {
        const ValidText another(text); // valid, inside a scope that found its text invalid
        EXPECT_EQ(optionsFor(text), kUnchecked);
    }
}

TEST(SubjectCheck, TheCheckIsTheThreadsOwn)
{
    const QString text = textWithPairs();
    const ValidText checked(text);
    QRegularExpression::MatchOptions elsewhere = kUnchecked;
    std::thread other([&] { elsewhere = optionsFor(text); }); // never this thread
    other.join();
    EXPECT_EQ(elsewhere, kChecked);
}

TEST(SubjectCheck, MatchesAreThoseOfACheckedMatch)
{
    const QString text = textWithPairs() + QStringLiteral(", and a lone ") + QChar(0xDC00);
    const QRegularExpression said(QStringLiteral("\\bsaid\\b"),
                                  QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpression anything(QStringLiteral(".+"),
                                      QRegularExpression::UseUnicodePropertiesOption);
    const QString valid = textWithPairs();
    const ValidText checked(valid);
    for (const QString *subject : {&valid, &text}) {
        for (const QRegularExpression *re : {&said, &anything}) {
            const auto plain = re->match(*subject);
            const auto wrapped =
                PcrePattern(re->pattern(), re->patternOptions()).match(QStringView(*subject));
            EXPECT_EQ(wrapped.hasMatch(), plain.hasMatch());
            EXPECT_EQ(wrapped.capturedStart(), plain.capturedStart());
            EXPECT_EQ(wrapped.capturedEnd(), plain.capturedEnd());
        }
    }
    int found = 0;
    const PcrePattern ownSaid(said.pattern(), said.patternOptions());
    for (auto it = ownSaid.globalMatch(QStringView(valid)); it.hasNext(); it.next())
        ++found;
    EXPECT_EQ(found, 1);
}

// A match asked for from the second half of a pair is checked, as PCRE2 needs: it comes out as
// a checked match does, never as a match read from the middle of a character.
TEST(SubjectCheck, AMatchFromTheMiddleOfAPairIsChecked)
{
    const QString text = textWithPairs();
    const ValidText checked(text);
    const QRegularExpression anything(QStringLiteral(".+"),
                                      QRegularExpression::UseUnicodePropertiesOption);
    const PcrePattern ownAnything(anything.pattern(), anything.patternOptions());
    for (qsizetype from = -text.size(); from <= text.size(); ++from) { // Qt counts back when < 0
        const auto plain = anything.match(text, from);
        const auto wrapped = ownAnything.match(QStringView(text), from);
        EXPECT_EQ(wrapped.hasMatch(), plain.hasMatch()) << from;
        EXPECT_EQ(wrapped.capturedStart(), plain.capturedStart()) << from;
    }
}

// A text is looked at eight units at a time for halves of surrogate pairs, and only one that
// holds some is checked further: a lone half (high or low) or a whole pair at every place of
// texts up to 40 units long is found valid or not as Qt's own check finds it.
TEST(SubjectCheck, EveryPlaceOfAHalfOrAPairIsSeen)
{
    const QString halves[] = {QString(QChar(0xD83C)), QString(QChar(0xDDE6)),
                              QString::fromUtf8("\U0001F1E6"), QStringLiteral("\u00E9\u2019")};
    for (qsizetype size = 2; size <= 40; ++size) {
        for (qsizetype at = 0; at < size; ++at) {
            for (const QString &half : halves) {
                if (at + half.size() > size)
                    continue;
                QString text(size, QLatin1Char('k'));
                text.replace(at, half.size(), half);
                const bool valid = QStringView(text).isValidUtf16();
                const ValidText checked(text);
                EXPECT_EQ(optionsFor(text), valid ? kUnchecked : kChecked)
                    << size << " " << at << " " << half.size();
            }
        }
    }
}
