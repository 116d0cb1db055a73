// Corpus stage (shared by every stage above): how the app words a count — "1 article",
// "3 articles" — wherever it says one — and how it sets a quote in quotation marks.
#pragma once

#include <QString>

namespace Wording {

// A count as the app writes it, thousands marked as the charts' captions mark them: "19,339".
QString number(qsizetype n);

// "1 claim", "4 claims", "19,339 articles": `one` for exactly one, `many` for any other number
// (0 included).
QString counted(qsizetype n, const QString &one, const QString &many);
QString counted(qsizetype n, const char *one, const char *many);

// A quote in “ ”, adding only the marks it does not carry itself: a span that starts at the
// article's own opening mark (“We do not support…) is not given a second one.
QString quoted(const QString &quote);

} // namespace Wording
