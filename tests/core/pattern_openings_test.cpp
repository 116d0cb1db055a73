// PatternOpenings reads from a pattern the letters every match of it opens with.
#include "app/extract/pattern_openings.h"

#include <QSet>

#include <gtest/gtest.h>

namespace {

QSet<QString> openingsOf(const char *pattern)
{
    const QStringList list = PatternOpenings::of(QString::fromUtf8(pattern));
    return QSet<QString>(list.cbegin(), list.cend());
}

QSet<QString> set(std::initializer_list<const char *> items)
{
    QSet<QString> result;
    for (const char *item : items)
        result.insert(QString::fromUtf8(item));
    return result;
}

} // namespace

TEST(PatternOpenings, ReadsTheLettersAMatchOpensWith)
{
    EXPECT_EQ(openingsOf("\\bvoted\\b"), set({"vote"}));
    EXPECT_EQ(openingsOf("\\b(impos|Join)(ed|es)? sanctions"), set({"impo", "join"}));
    EXPECT_EQ(openingsOf("\\bat\\b"), set({"at"}));
    EXPECT_EQ(openingsOf("\\bon (the|a)"), set({"on"}));
    EXPECT_EQ(openingsOf("\\brecogni[sz]ed"), set({"reco"}));
    EXPECT_EQ(openingsOf("\\bs?aid"), set({"said", "aid"}));
    EXPECT_EQ(openingsOf("\\b(?:a|b)c"), set({"ac", "bc"}));
    EXPECT_EQ(openingsOf("\\b(?!not )said"), set({"said"}));
    EXPECT_EQ(openingsOf("\\bRussia['’]s"), set({"russ"}));
    EXPECT_EQ(openingsOf("\\bx\\w+"), set({"x"}));
    EXPECT_EQ(openingsOf("\\bab+c"), set({"ab"}));
    EXPECT_EQ(openingsOf("\\b(no )*war"), set({"no", "war"}));
}

TEST(PatternOpenings, AnOpeningItCannotReadMakesThePatternAlwaysRun)
{
    EXPECT_TRUE(openingsOf("voted").isEmpty());        // no \b: may open inside a word
    EXPECT_TRUE(openingsOf("\\b\\w+ said").isEmpty()); // any word
    EXPECT_TRUE(openingsOf("\\b.said").isEmpty());
    EXPECT_TRUE(openingsOf("\\b[^a]x").isEmpty());
    EXPECT_TRUE(openingsOf("\\ba|b").isEmpty()); // a second alternative without \b
    EXPECT_TRUE(openingsOf("^\\W*(the|this) vote").isEmpty());
    EXPECT_TRUE(openingsOf("\\b(?i)said").isEmpty());
    // syntax the reader does not follow: a POSIX class, a quoted run, a comment
    EXPECT_TRUE(openingsOf("\\b(?:ab[[:punct:](]|cd)ef").isEmpty());
    EXPECT_TRUE(openingsOf("\\bfoo\\Q(\\E|bar").isEmpty());
    EXPECT_TRUE(openingsOf("\\b(?#(note)said").isEmpty());
}

// A character as an opening letter, for every UTF-16 unit: an ASCII letter in lower case, a
// digit or '_' as it is, ſ as s and the Kelvin sign as k, and nothing for any other.
TEST(PatternOpenings, ALetterIsWhatACaselessPatternTakesItFor)
{
    for (int u = 0; u <= 0xFFFF; ++u) {
        char16_t expected = 0;
        if (u >= 'A' && u <= 'Z')
            expected = char16_t(u - 'A' + 'a');
        else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '_')
            expected = char16_t(u);
        else if (u == 0x017F)
            expected = 's';
        else if (u == 0x212A)
            expected = 'k';
        ASSERT_EQ(PatternOpenings::letter(QChar(char16_t(u))), expected) << u;
    }
}
