// Corpus stage: turns a file's bytes into article text, or says clearly why it cannot.
#pragma once

#include "app/corpus/problem.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct DecodedText {
    std::optional<QString> text; // empty when the bytes are not usable text
    // The bytes the text was decoded from (a byte order mark and NULs at the end left out) when
    // they are its UTF-8 exactly: its digest is theirs, without encoding it again. Null when the
    // text was decoded otherwise.
    QByteArray utf8;
    Problems problems;
};

class TextDecoder {
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    // Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM. Empty, binary and
    // non-UTF-8 input gives a problem naming the file and, where it helps, the line.
    static DecodedText decode(const QByteArray &bytes, const QString &fileName);

    // Reads a file from disk (or a Qt resource) and decodes it; files above kMaxFileBytes
    // are refused without being read into memory.
    static DecodedText readFile(const QString &path, const QString &fileName);
};
