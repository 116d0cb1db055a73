#include "text_decoder.h"

#include "json_lines.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace {

// Offset of the first byte that breaks UTF-8, or -1 when the whole input is valid.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
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

bool looksBinary(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(8192);
    qsizetype control = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return control * 20 > head.size(); // more than 5% control characters
}

} // namespace

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    DecodedText result;
    auto fail = [&](int line, const QString &message) {
        result.problems.append({fileName, line, message});
        return result;
    };

    if (bytes.trimmed().isEmpty())
        return fail(0, bytes.isEmpty() ? QStringLiteral("the file is empty")
                                       : QStringLiteral("the file holds only whitespace"));

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE
                                                                   : QStringDecoder::Utf16BE);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return fail(0, QStringLiteral("the file starts like UTF-16 text but is not valid"));
        result.text = text;
        return result;
    }

    if (looksBinary(bytes))
        return fail(0, QStringLiteral("this looks like a binary file, not text"));

    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    const qsizetype bad = firstInvalidUtf8(body);
    if (bad >= 0 && bad >= body.size() - 3 && static_cast<unsigned char>(body.at(bad)) >= 0xC2 &&
        firstInvalidUtf8(body.left(bad)) < 0 && QByteArrayView(body).sliced(bad).size() < 4)
        return fail(JsonLines::lineAt(body, bad),
                    QStringLiteral("the file ends in the middle of a character; it may have been "
                                   "cut off while saving"));
    if (bad >= 0)
        return fail(JsonLines::lineAt(body, bad),
                    QStringLiteral("the text is not valid UTF-8 (byte 0x%1 at offset %2); "
                                   "save it as UTF-8 and load it again")
                        .arg(static_cast<unsigned char>(body.at(bad)), 2, 16, QLatin1Char('0'))
                        .arg(bad));
    result.text = QString::fromUtf8(body);
    return result;
}

DecodedText TextDecoder::readFile(const QString &path, const QString &fileName)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, {{fileName, 0, QStringLiteral("the file does not exist")}}};
    if (info.size() > kMaxFileBytes)
        return {std::nullopt,
                {{fileName, 0,
                  QStringLiteral("the file is too large (%1 MB; the limit is %2 MB)")
                      .arg(info.size() / (1024 * 1024))
                      .arg(kMaxFileBytes / (1024 * 1024))}}};
    if (!info.isFile() && !path.startsWith(QLatin1Char(':')))
        return {std::nullopt, {{fileName, 0, QStringLiteral("is not a regular file")}}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                {{fileName, 0, QStringLiteral("cannot be read: ") + file.errorString()}}};
    // Read at most one byte past the limit: a file that grew meanwhile is still refused.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (bytes.size() > kMaxFileBytes)
        return {std::nullopt,
                {{fileName, 0,
                  QStringLiteral("the file is too large (the limit is %1 MB)")
                      .arg(kMaxFileBytes / (1024 * 1024))}}};
    return decode(bytes, fileName);
}
