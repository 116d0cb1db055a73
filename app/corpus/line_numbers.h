// Corpus stage helper: the 1-based line of an offset, in a file's bytes or in an article's text,
// so that a problem can name the line a user should look at. Lines end in LF, CRLF or a lone CR.
#pragma once

#include <QByteArray>
#include <QStringView>

namespace LineNumbers {

int at(const QByteArray &bytes, qsizetype offset); // a byte offset
int at(QStringView text, qsizetype offset);        // a character offset

} // namespace LineNumbers
