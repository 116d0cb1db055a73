// Corpus stage support: the SHA-256 of an article's text, by which two equal texts are told
// apart from two different ones, and a library knows an article it has extracted before.
//
// QCryptographicHash computes it in portable code at about 130 MB/s here, a twentieth of a big
// ingest's work. Where the processor has the SHA extensions (AMD's since Zen, Intel's since Ice
// Lake), the rounds run on them, about ten times as fast; elsewhere QCryptographicHash does it.
// Both give the same digest (the standard's).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace TextDigest {

// The SHA-256 of `bytes`, as 64 lowercase hexadecimal digits.
QByteArray sha256Hex(QByteArrayView bytes);
// The SHA-256 of `text` in UTF-8, as 64 lowercase hexadecimal digits.
QByteArray textSha256Hex(const QString &text);

// True when this processor computes it with its SHA extensions.
bool usesShaExtensions();

// The digest computed as on a processor without them (the tests compare the two).
QByteArray sha256HexPortable(QByteArrayView bytes);

} // namespace TextDigest
