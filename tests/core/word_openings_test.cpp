// WordOpenings reads eight characters at a time: it must find the places a reading of one
// character at a time finds, wherever they fall among the eight.
#include "app/extract/word_openings.h"

#include <QString>
#include <QVector>

#include <gtest/gtest.h>

#include <random>

// The places where a word opens, read eight characters at a time, are those a reading of one
// character at a time finds: an ASCII letter, digit or '_' after none of those, and ſ or the
// Kelvin sign after anything; over every length around the blocks of eight.
TEST(WordOpenings, EightAtATimeFindsWhatOneAtATimeFinds)
{
    const QString alphabet = QStringLiteral("aZ09_ -.,;'é\u00e9\u017f\u212a\u0416\u00a0") +
                             QChar(0xD83C) + QChar(0xDDFA) + QChar(0x0060) + QChar(0x007B) +
                             QChar(0x0040) + QChar(0x005B) + QChar(0x2160) + QChar(0xFF41);
    std::mt19937 random(7);
    for (int length = 0; length <= 40; ++length) {
        for (int round = 0; round < 200; ++round) {
            QString text;
            for (int i = 0; i < length; ++i)
                text += alphabet.at(qsizetype(random() % alphabet.size()));
            QVector<qsizetype> expected;
            bool wordBefore = false;
            for (qsizetype at = 0; at < text.size(); ++at) {
                const char16_t u = text.at(at).unicode();
                const bool word = u < 128 && (QChar(u).isLetterOrNumber() || u == '_');
                if ((word && !wordBefore) || u == 0x017F || u == 0x212A)
                    expected.append(at);
                wordBefore = word;
            }
            QVector<qsizetype> found;
            WordOpenings::forEach(text, [&](qsizetype at) {
                found.append(at);
                return false;
            });
            ASSERT_EQ(found, expected) << text.toStdString();
        }
    }
    // It stops at the first place the caller takes.
    qsizetype asked = 0;
    EXPECT_TRUE(WordOpenings::forEach(QStringLiteral("one two three four five six seven"),
                                      [&](qsizetype at) {
                                          ++asked;
                                          return at >= 8;
                                      }));
    EXPECT_EQ(asked, 3);
}
