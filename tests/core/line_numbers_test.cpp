#include "app/corpus/line_numbers.h"

#include <QString>

#include <gtest/gtest.h>

TEST(LineNumbers, CountsTheLinesBeforeAByteOffset)
{
    EXPECT_EQ(LineNumbers::at(QByteArray("a\nb\nc"), 0), 1);
    EXPECT_EQ(LineNumbers::at(QByteArray("a\nb\nc"), 4), 3);
    EXPECT_EQ(LineNumbers::at(QByteArray("a\nb\nc"), 99), 3); // past the end: the last line
    EXPECT_EQ(LineNumbers::at(QByteArray("a\nb\nc"), -5), 1);
}

TEST(LineNumbers, TakesCrLfAsOneLineEndAndALoneCrAsOne)
{
    // "a" CRLF "b" CR "c": c is on line 3 whichever way the lines end.
    const QByteArray bytes("a\r\nb\rc");
    EXPECT_EQ(LineNumbers::at(bytes, bytes.indexOf('b')), 2);
    EXPECT_EQ(LineNumbers::at(bytes, bytes.indexOf('c')), 3);
}

TEST(LineNumbers, CountsCharactersOfTextAsBytesAreCounted)
{
    // The same lines as text, with a character outside Latin-1 that takes three bytes in UTF-8:
    // a character offset gives the line the byte offset gives.
    const QString text = QStringLiteral("Київ\r\nb\rc");
    const QByteArray bytes = text.toUtf8();
    EXPECT_EQ(LineNumbers::at(QStringView(text), text.indexOf(QLatin1Char('c'))), 3);
    EXPECT_EQ(LineNumbers::at(bytes, bytes.indexOf('c')), 3);
    EXPECT_EQ(LineNumbers::at(QStringView(text), text.indexOf(QLatin1Char('b'))), 2);
}
