// Corpus stage: how old a piece of evidence is — the date its sentence gives (a dated event
// in the same sentence) or, failing that, the date of its article — with its precision.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/date_text.h"

struct SourceDate {
    enum class Basis { Unknown, Statement, Article };
    using Precision = DatePrecision;

    Basis basis = Basis::Unknown;
    Precision precision = Precision::Day;
    DateRange range;

    static SourceDate ofArticle(const ArticleMetadata &meta);

    bool isKnown() const { return basis != Basis::Unknown && range.isValid(); }
    // "2 Mar 2022", "Mar 2022", "2022", "21 Feb – 3 Mar 2022"; empty when unknown.
    QString text() const;
    // The end of the date at its precision ("3 Mar 2022", "Mar 2022", "2022"): "as of" what.
    QString endText() const;
    // text(), and "(article)" when the date is the article's rather than the statement's.
    QString label() const;
    // For tight places: "stated 2 Mar 2022" for the statement's date, the bare date for the
    // article's (explained where it is shown).
    QString compactLabel() const;
    // A sentence on where the date comes from, for tooltips.
    QString explanation() const;
    // "statement", "article" or "unknown", for exports.
    QString basisName() const;
    // The later of two dates by their ends (a year ends on 31 December), except that a date
    // inside the other's range wins over it ("31 Jul 2022" over "2022"): a vague date never
    // outranks a precise one it contains. An unknown date is older than any known one.
    static const SourceDate &newer(const SourceDate &a, const SourceDate &b);
};
