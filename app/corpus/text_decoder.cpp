#include "app/corpus/text_decoder.h"

#include "app/corpus/bounded_file.h"
#include "app/corpus/line_numbers.h"

#include <QStringDecoder>

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Every article of a corpus passes through here: its bytes are read sixteen at a time where the
// processor can (SSE2, which every x86-64 has), as most of them are ASCII.

namespace {

// Whether the sixteen bytes at `at` are all ASCII.
bool asciiBlock(const unsigned char *at)
{
#if defined(__SSE2__)
    return _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(at))) == 0;
#else
    return std::all_of(at, at + 16, [](unsigned char c) { return c < 0x80; });
#endif
}

// Offset of the first byte that breaks UTF-8, or -1 when the whole input is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        if (i + 16 <= size && asciiBlock(data + i)) {
            i += 16;
            continue;
        }
        const unsigned char c = data[i];
        int extra = 0;
        unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0; // overlong
            if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90;
            if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= size)
                return i;
            const unsigned char next = data[i + k];
            const unsigned char lo = k == 1 ? low : 0x80;
            const unsigned char hi = k == 1 ? high : 0xBF;
            if (next < lo || next > hi)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

// How many bytes are control characters other than a line feed, carriage return, tab or form
// feed.
qsizetype controlBytes(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    const auto isControl = [](unsigned char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    };
    qsizetype count = 0;
    qsizetype i = 0;
#if defined(__SSE2__)
    const auto is = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    // Each byte lane counts the control bytes it was given, up to 255 blocks at a time.
    while (i + 16 <= size) {
        __m128i counts = _mm_setzero_si128();
        for (int block = 0; block < 255 && i + 16 <= size; ++block, i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            const __m128i below = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
            const __m128i allowed = _mm_or_si128(_mm_or_si128(is(v, '\n'), is(v, '\r')),
                                                 _mm_or_si128(is(v, '\t'), is(v, '\f')));
            counts = _mm_sub_epi8(counts, _mm_andnot_si128(allowed, below)); // a lane of -1 adds 1
        }
        const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128()); // two 64-bit sums
        count += _mm_cvtsi128_si32(sums) + _mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
    }
#endif
    for (; i < size; ++i)
        count += isControl(data[i]) ? 1 : 0;
    return count;
}

bool looksBinary(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 8192));
    return controlBytes(head) * 20 > head.size(); // more than 5% control characters
}

// ASCII text saved as UTF-16 without a byte order mark: every other byte is NUL.
bool looksLikeUtf16WithoutBom(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 8192));
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < head.size(); ++i)
        (i % 2 == 0 ? evenNuls : oddNuls) += head[i] == '\0' ? 1 : 0;
    const qsizetype pairs = head.size() / 2;
    return pairs >= 2 && (std::max(evenNuls, oddNuls) * 10 >= pairs * 9) &&
           std::min(evenNuls, oddNuls) * 10 < pairs;
}

// Whether the bytes are all whitespace as QByteArray::trimmed() reads it (or none at all).
bool onlyAsciiSpace(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(),
                       [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

// The length of the UTF-8 sequence that starts at `at` (2 to 4), or 0 where none does.
qsizetype utf8SequenceAt(const QByteArray &bytes, qsizetype at)
{
    const auto c = static_cast<unsigned char>(bytes.at(at));
    const qsizetype length = c >= 0xC2 && c <= 0xDF   ? 2
                             : c >= 0xE0 && c <= 0xEF ? 3
                             : c >= 0xF0 && c <= 0xF4 ? 4
                                                      : 0;
    if (length == 0 || at + length > bytes.size())
        return 0;
    for (qsizetype k = 1; k < length; ++k) {
        if ((static_cast<unsigned char>(bytes.at(at + k)) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

// Text in a single-byte code page (Windows-1251, Latin-1, …): most of its bytes over 0x7F stand
// alone, in no UTF-8 sequence ("café" in Latin-1 is "caf\xE9"; "Минск" in Windows-1251 is
// "\xCC\xE8\xED\xF1\xEA"). A UTF-8 text with a stray byte has its other letters in sequences.
bool looksSingleByteEncoded(const QByteArray &bytes)
{
    qsizetype alone = 0, inSequences = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        if (static_cast<unsigned char>(bytes.at(i)) < 0x80) {
            ++i;
            continue;
        }
        const qsizetype sequence = utf8SequenceAt(bytes, i);
        if (sequence > 0) {
            inSequences += sequence;
            i += sequence;
        } else {
            ++alone;
            ++i;
        }
    }
    return alone > 0 && alone * 10 >= (alone + inSequences) * 7;
}

QString invalidUtf8Message(const QByteArray &body, qsizetype bad)
{
    QString message = QStringLiteral("the text is not valid UTF-8 (byte 0x%1 at offset %2)")
                          .arg(static_cast<unsigned char>(body.at(bad)), 2, 16, QLatin1Char('0'))
                          .arg(bad);
    if (looksSingleByteEncoded(body))
        message += QStringLiteral(
            "; it looks like a single-byte encoding such as Windows-1251 or Latin-1");
    return message + QStringLiteral("; save it as UTF-8 and load it again");
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    DecodedText result;
    auto fail = [&](int line, const QString &message) {
        result.problems.append({fileName, line, message});
        return result;
    };

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                                   : QStringDecoder::Utf16BE);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return fail(0, QStringLiteral("the file starts like UTF-16 text but is not valid"));
        if (text.trimmed().isEmpty())
            return fail(0, QStringLiteral("the file holds only whitespace"));
        if (text.contains(QChar(0)))
            return fail(0, QStringLiteral("this looks like a binary file, not text"));
        result.text = text;
        return result;
    }

    QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    // A file cut off while it was saved often ends in a run of NUL bytes where the rest of
    // its blocks should be: the text before them is kept, and the user told.
    qsizetype end = body.size();
    while (end > 0 && body.at(end - 1) == '\0')
        --end;
    const qsizetype trailingNuls = body.size() - end;
    body.truncate(end);

    if (onlyAsciiSpace(body))
        return fail(0, bytes.isEmpty()    ? QStringLiteral("the file is empty")
                       : trailingNuls > 0 ? QStringLiteral("the file holds only NUL bytes")
                                          : QStringLiteral("the file holds only whitespace"));
    // (Bytes without a NUL are not UTF-16 of the kind looked for.)
    const qsizetype nul = body.indexOf('\0');
    if (nul >= 0 && looksLikeUtf16WithoutBom(body))
        return fail(0, QStringLiteral("this looks like UTF-16 text without a byte order mark; "
                                      "save it as UTF-8 and load it again"));
    if (nul >= 0)
        return fail(LineNumbers::at(body, nul),
                    QStringLiteral("this looks like a binary file, not text (a NUL byte at "
                                   "offset %1)")
                        .arg(nul));
    if (looksBinary(body))
        return fail(0, QStringLiteral("this looks like a binary file, not text"));

    const qsizetype bad = firstInvalidUtf8(body);
    if (bad >= 0 && bad >= body.size() - 3 && static_cast<unsigned char>(body.at(bad)) >= 0xC2 &&
        firstInvalidUtf8(body.left(bad)) < 0 && QByteArrayView(body).sliced(bad).size() < 4)
        return fail(LineNumbers::at(body, bad),
                    QStringLiteral("the file ends in the middle of a character; it may have been "
                                   "cut off while saving"));
    if (bad >= 0)
        return fail(LineNumbers::at(body, bad), invalidUtf8Message(body, bad));
    if (trailingNuls > 0)
        result.problems.append(
            {fileName, LineNumbers::at(body, body.size()),
             QStringLiteral("the file ends in %1 NUL bytes; it may have been cut off while "
                            "saving (the text before them is loaded)")
                 .arg(trailingNuls)});
    result.text = QString::fromUtf8(body);
    // (Bytes opening with a second byte order mark are not the text's UTF-8: QString::fromUtf8
    // drops that mark too. Its UTF-8 is left to be made.)
    if (!body.startsWith("\xEF\xBB\xBF"))
        result.utf8 = body;
    return result;
}

DecodedText TextDecoder::readFile(const QString &path, const QString &fileName)
{
    DecodedText result;
    const std::optional<QByteArray> bytes = BoundedFile::read(
        path, fileName, kMaxFileBytes, QStringLiteral("an article"), &result.problems);
    return bytes ? decode(*bytes, fileName) : result;
}
