#include "app/corpus/bounded_file.h"
#include "app/corpus/text_decoder.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString onlyMessage(const DecodedText &decoded)
{
    return decoded.problems.size() == 1 ? decoded.problems.first().message : QString();
}

} // namespace

TEST(TextDecoder, DecodesPlainUtf8WithTypographicQuotes)
{
    const DecodedText d = TextDecoder::decode("Russia\xE2\x80\x99s invasion", "a.txt");
    ASSERT_TRUE(d.text.has_value());
    EXPECT_EQ(*d.text, QStringLiteral("Russia’s invasion"));
    EXPECT_TRUE(d.problems.isEmpty());
}

TEST(TextDecoder, StripsUtf8ByteOrderMark)
{
    const DecodedText d = TextDecoder::decode("\xEF\xBB\xBFHello", "a.txt");
    ASSERT_TRUE(d.text.has_value());
    EXPECT_EQ(*d.text, QStringLiteral("Hello"));
}

TEST(TextDecoder, DecodesUtf16WithByteOrderMark)
{
    QByteArray bytes("\xFF\xFE", 2);
    const QString text = QStringLiteral("Kazakhstan abstained.");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const DecodedText d = TextDecoder::decode(bytes, "utf16.txt");
    ASSERT_TRUE(d.text.has_value());
    EXPECT_EQ(*d.text, text);
}

TEST(TextDecoder, EmptyFileIsAProblemNamingTheFile)
{
    const DecodedText d = TextDecoder::decode(QByteArray(), "empty.txt");
    EXPECT_FALSE(d.text.has_value());
    ASSERT_EQ(d.problems.size(), 1);
    EXPECT_EQ(d.problems.first().file, QStringLiteral("empty.txt"));
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("empty")));
}

TEST(TextDecoder, WhitespaceOnlyFileIsAProblem)
{
    const DecodedText d = TextDecoder::decode("  \n\t\n ", "blank.txt");
    EXPECT_FALSE(d.text.has_value());
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("whitespace")));
}

TEST(TextDecoder, BinaryFileIsAProblem)
{
    const DecodedText d =
        TextDecoder::decode(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), "image.txt");
    EXPECT_FALSE(d.text.has_value());
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("binary")));
}

TEST(TextDecoder, InvalidUtf8NamesTheLine)
{
    // Windows-1251 "Минск" on line 3.
    const DecodedText d =
        TextDecoder::decode("line one\nline two\n\xCC\xE8\xED\xF1\xEA\n", "cp1251.txt");
    EXPECT_FALSE(d.text.has_value());
    ASSERT_EQ(d.problems.size(), 1);
    EXPECT_EQ(d.problems.first().line, 3);
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("not valid UTF-8")));
}

TEST(TextDecoder, ASingleByteCodePageIsNamedAsTheLikelyCause)
{
    // A trial's Latin-1 file ("Belarus\xA0and", "caf\xE9") got no hint; its Windows-1251 one did.
    const QString hint = QStringLiteral("single-byte encoding");
    for (const char *text : {"Belarus\xA0"
                             "and Kazakhstan: caf\xE9 diplomacy, \xAB quoted \xBB\n",
                             "\xC1\xE5\xEB\xE0\xF0\xF3\xF1\xFC is Belarus\n",
                             "M\xFCnchen, \xA7 4, 10\xB0"
                             "C\n"}) {
        const DecodedText d = TextDecoder::decode(QByteArray(text), "single-byte.txt");
        EXPECT_FALSE(d.text.has_value()) << text;
        EXPECT_TRUE(onlyMessage(d).contains(hint)) << onlyMessage(d).toStdString();
    }
    // UTF-8 letters with one stray byte: not a code page, no such hint.
    const DecodedText stray = TextDecoder::decode(
        QByteArray("\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA and caf\xC3\xA9, then \xE9\n"),
        "stray.txt");
    EXPECT_FALSE(stray.text.has_value());
    EXPECT_FALSE(onlyMessage(stray).contains(hint)) << onlyMessage(stray).toStdString();
}

TEST(TextDecoder, TruncatedUtf8SequenceIsInvalid)
{
    const DecodedText d = TextDecoder::decode("Russia\xE2\x80", "cut.txt");
    EXPECT_FALSE(d.text.has_value());
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("ends in the middle of a character")));
}

TEST(TextDecoder, EncodedSurrogateIsInvalidUtf8)
{
    const DecodedText d = TextDecoder::decode("a\xED\xA0\x80z", "surrogate.txt");
    EXPECT_FALSE(d.text.has_value());
}

TEST(TextDecoder, RefusesHugeFileWithoutReadingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(50LL * 1024 * 1024)); // sparse: 50 MB without writing them
    file.close();
    const DecodedText d = TextDecoder::readFile(path, QStringLiteral("huge.txt"));
    EXPECT_FALSE(d.text.has_value());
    ASSERT_EQ(d.problems.size(), 1);
    EXPECT_EQ(d.problems.first().file, QStringLiteral("huge.txt"));
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("too large (50 MB")));
}

TEST(BoundedFile, ReadsAFileByteForByteUpToItsLimitAndRefusesOneByteMore)
{
    QTemporaryDir dir;
    const qint64 limit = 70000;
    for (const qint64 size : {qint64(1), qint64(4096), qint64(65537), limit, limit + 1}) {
        QByteArray written(qsizetype(size), Qt::Uninitialized);
        for (char &c : written)
            c = char(QRandomGenerator::global()->bounded(256));
        const QString path = dir.filePath(QStringLiteral("f%1").arg(size));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(written), size);
        file.close();
        Problems problems;
        const auto read = BoundedFile::read(path, QStringLiteral("f"), limit,
                                            QStringLiteral("a test"), &problems);
        if (size > limit) {
            EXPECT_FALSE(read.has_value());
            ASSERT_EQ(problems.size(), 1);
            EXPECT_TRUE(problems.first().message.contains(QStringLiteral("too large")));
        } else {
            ASSERT_TRUE(read.has_value()) << size;
            EXPECT_EQ(*read, written) << size;
            EXPECT_TRUE(problems.isEmpty());
        }
    }
}

TEST(BoundedFile, ReadsAFileMeasuredEmptyToItsEnd)
{
    // The files of /proc are measured 0 bytes long and hold text all the same.
    const QString path = QStringLiteral("/proc/self/status");
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() != 0)
        GTEST_SKIP() << "no /proc here";
    const DecodedText d = TextDecoder::readFile(path, QStringLiteral("status"));
    ASSERT_TRUE(d.text.has_value());
    EXPECT_TRUE(d.text->startsWith(QStringLiteral("Name:")));
    EXPECT_TRUE(d.text->contains(QStringLiteral("\nPid:")));
    EXPECT_TRUE(d.text->endsWith(QLatin1Char('\n')));
}

TEST(TextDecoder, KeepsTheTextBeforeTrailingNulBytesWithAWarning)
{
    const DecodedText d =
        TextDecoder::decode(QByteArray("Belarus\nvoted.\n") + QByteArray(512, '\0'), "cut.txt");
    ASSERT_TRUE(d.text.has_value());
    EXPECT_EQ(*d.text, QStringLiteral("Belarus\nvoted.\n"));
    ASSERT_EQ(d.problems.size(), 1);
    EXPECT_EQ(d.problems.first().line, 3);
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("ends in 512 NUL bytes")));
}

TEST(TextDecoder, ANulByteFarIntoTheFileIsStillBinary)
{
    QByteArray bytes(20000, 'a');
    bytes[15000] = '\0';
    const DecodedText d = TextDecoder::decode(bytes, "late-nul.txt");
    EXPECT_FALSE(d.text.has_value());
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("NUL byte at offset 15000")));
}

TEST(TextDecoder, Utf16WithoutByteOrderMarkIsNamed)
{
    const QString text = QStringLiteral("Latvia expelled the envoy.");
    const QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const DecodedText d = TextDecoder::decode(bytes, "utf16.txt");
    EXPECT_FALSE(d.text.has_value());
    EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("UTF-16 text without a byte order mark")));
}

TEST(TextDecoder, LinesEndingInALoneCarriageReturnAreCounted)
{
    const DecodedText d = TextDecoder::decode("one\rtwo\rthree \xFF\r", "mac.txt");
    ASSERT_EQ(d.problems.size(), 1);
    EXPECT_EQ(d.problems.first().line, 3);
}

// The bytes are read sixteen at a time, counted 255 blocks at a time: a control byte counts
// wherever it falls in a block, in the tail after the last one and past each 4,080 bytes, and
// line ends, tabs, form feeds, space, DEL and the bytes of a letter outside ASCII never count.
// A text is binary when more than one byte in twenty of its first 8 KB is counted (here:
// computed byte by byte).
TEST(TextDecoder, ControlBytesAreCountedWhereverTheyFall)
{
    // Every byte of the 8 KB a control byte: more than a byte's count in each lane.
    EXPECT_FALSE(TextDecoder::decode(QByteArray(8192, '\x01'), "all.txt").text.has_value());
    const QByteArray neverCounted = "\n\r\t\f \x7F\xC3\xA9"; // é: two bytes above 0x7F
    QVector<qsizetype> sizes;
    for (qsizetype size = 16; size <= 300; size += 7)
        sizes.append(size);
    sizes += {4079, 4080, 4081, 4097, 8191, 8192, 8193, 9000};
    for (const qsizetype size : sizes) {
        const qsizetype head = std::min<qsizetype>(size, 8192);
        for (qsizetype controls = head / 20 - 2; controls <= head / 20 + 1; ++controls) {
            if (controls < 0)
                continue;
            QByteArray bytes(size, 'a');
            for (qsizetype i = 1; i + 1 < size; i += 5)
                bytes.replace(i, 2, neverCounted.mid((i / 5) % 4 * 2, 2));
            for (qsizetype k = 1; k <= controls; ++k) {
                qsizetype at = k * head / (controls + 1);
                while (static_cast<unsigned char>(bytes[at]) >= 0x80) // not half of é
                    ++at;
                bytes[at] = k % 2 == 0 ? '\x1F' : '\x01';
            }
            for (qsizetype at = head; at < size; at += 7) { // past the 8 KB read: not counted
                if (static_cast<unsigned char>(bytes[at]) < 0x80 &&
                    static_cast<unsigned char>(bytes[at - 1]) != 0xC3)
                    bytes[at] = '\x01';
            }
            qsizetype counted = 0;
            for (const char c : bytes.first(head)) {
                const auto u = static_cast<unsigned char>(c);
                counted += u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f';
            }
            const DecodedText d = TextDecoder::decode(bytes, "counted.txt");
            const bool binary = counted * 20 > head;
            ASSERT_EQ(!d.text.has_value(), binary) << size << " " << controls << " " << counted;
            if (binary) {
                EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("binary")));
            }
        }
    }
}

// ASCII is passed over sixteen bytes at a time: a byte that breaks UTF-8 is named at its offset
// wherever it falls, after ASCII or after letters of two and three bytes.
TEST(TextDecoder, AByteThatBreaksUtf8IsNamedWhereverItFalls)
{
    for (const QByteArray &before :
         {QByteArray("plain ascii "), QByteArray("caf\xC3\xA9 \xE2\x80\x94 ")}) {
        for (qsizetype at = 0; at <= 40; ++at) {
            QByteArray bytes;
            while (bytes.size() < at)
                bytes.append(before.at(bytes.size() % before.size()));
            bytes.truncate(at);
            // A letter cut by the truncation is itself invalid: found there, not at `at`.
            const bool cut = TextDecoder::decode(bytes + "ok", "cut.txt").problems.size() > 0;
            if (cut)
                continue;
            bytes.append('\xFF');
            bytes.append(QByteArray(20, 'z'));
            const DecodedText d = TextDecoder::decode(bytes, "bad.txt");
            EXPECT_FALSE(d.text.has_value());
            EXPECT_TRUE(onlyMessage(d).contains(QStringLiteral("at offset %1)").arg(at)))
                << onlyMessage(d).toStdString();
        }
    }
}

// A text decoded from UTF-8 gives the bytes it was decoded from, for its digest, only when they
// are its UTF-8 exactly.
TEST(TextDecoder, GivesTheBytesDecodedWhenTheyAreTheTextsUtf8)
{
    const QByteArray body = "Kazakhstan abstained \xE2\x80\x94 twice.\n";
    struct Case {
        QByteArray bytes;
        QByteArray utf8; // expected; null: none given
    };
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : QStringLiteral("Kazakhstan"))
        utf16.append(char(c.unicode())).append('\0');
    const Case cases[] = {
        {body, body},
        {"\xEF\xBB\xBF" + body, body},
        {body + QByteArray(3, '\0'), body},
        {"\xEF\xBB\xBF\xEF\xBB\xBF" + body, QByteArray()}, // fromUtf8 drops this mark too
        {utf16, QByteArray()},
    };
    for (const Case &c : cases) {
        const DecodedText d = TextDecoder::decode(c.bytes, "a.txt");
        ASSERT_TRUE(d.text.has_value());
        EXPECT_EQ(d.utf8, c.utf8);
        EXPECT_EQ(d.utf8.isNull(), c.utf8.isNull());
        if (!d.utf8.isNull()) {
            EXPECT_EQ(d.utf8, d.text->toUtf8());
        }
    }
}
