// Fuzzing: one function per loader that takes arbitrary bytes through it the way the app does
// and checks what comes out (spans inside the text, ranges in order). The libFuzzer targets
// call them, and so does a GoogleTest that replays every input a fuzzer ever crashed on.
#pragma once

#include <QByteArray>
#include <QString>

namespace FuzzHarness {

// Each returns an empty string when all is well, else what was wrong with the result.
QString article(const QByteArray &bytes);  // decode → structure → metadata → mentions, events
QString dates(const QByteArray &bytes);    // the date parser on text of any year context
QString manifest(const QByteArray &bytes); // manifest.json of a corpus folder
QString codebook(const QByteArray &bytes); // codebook.json against the built-in corpus
// An imported file: the first byte modulo 5 picks the format (html, pdf, docx, txt, md — so
// "x", "o", "z", "q" start the kept inputs of the first four), the rest is the file.
QString import(const QByteArray &bytes);
// What a user types into Search Articles, parsed and run over its own text.
QString query(const QByteArray &bytes);

} // namespace FuzzHarness
