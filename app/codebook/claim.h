// Codebook stage: one analyst's claim — (country, dimension, value, article, exact quote) —
// with the span where the quote was found in the article and the date it carries. A curated
// claim comes from a codebook file (read-only); a coded one was recorded in the window (or
// with --code) and lives in the library, with its coder, its time and its row id.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/source_date.h"

#include <QDateTime>

struct Claim {
    QString country;       // ISO3
    QString dimension;     // Dimension::id
    QString value;         // DimensionValue::id
    QString article;       // Article::id
    QString quote;         // as the analyst wrote it (coded: the words selected)
    QString note;          // the analyst's memo
    TextSpan span;         // where the quote is in the article's text
    QString codebook;      // file the claim came from (coded: the library file)
    int line = 0;          // its line there
    SourceDate date;       // of the quoted sentence, else of the article (ClaimDating)
    qint64 id = 0;         // coded: its row in the library; 0 for a curated claim
    QString coder;         // coded: who recorded it
    QDateTime coded;       // coded: when (UTC)
    bool doubtful = false; // the codebook doubts it ("confidence": "doubtful"): shown with ⚠,
                           // it never makes a value unanimous
    QString repeats;       // the source whose passage this one repeats (same author or publisher):
                           // the shown name; such a claim is not counted as a source of its own

    bool isCurated() const { return id == 0; }
    // Whose claim, for lists: "curated", "yours" (coded by `me`) or "coded by NAME".
    QString whose(const QString &me) const
    {
        if (isCurated())
            return QStringLiteral("curated");
        return !me.isEmpty() && coder == me ? QStringLiteral("yours")
                                            : QStringLiteral("coded by %1").arg(coder);
    }
    // Whether two claims say the same thing of the same words.
    bool sameAs(const Claim &other) const
    {
        return country == other.country && dimension == other.dimension && value == other.value &&
               article == other.article && span.start == other.span.start &&
               span.end == other.span.end;
    }
};
