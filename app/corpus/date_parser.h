// Corpus stage: finds dates in the forms the articles use ("On February 24", "24 February",
// "2 March 2022", "February 24-28", "February 21 – March 3, 2022", "January 2022", a month
// name alone) and normalises them, taking the year from the article's context when absent.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/date_text.h"

#include <QStringView>
#include <QVector>

struct DateMention {
    using Precision = DatePrecision; // Day or Month: a mention names no bare year
    TextSpan span;
    DateRange range;
    Precision precision = Precision::Day;
    bool yearExplicit = false;
};

class DateParser {
public:
    // contextYear: the year of undated expressions (0: unknown, such dates are skipped).
    // notAfter: when valid, an undated day that would fall more than a week after it is taken
    // to belong to the previous year (an article cannot report its future).
    explicit DateParser(int contextYear, QDate notAfter = {});

    // Dates in text; spans are offset by `offset` so they index the whole article.
    // impossible: when given, receives the spans of day dates no calendar has ("February 30",
    // "April 31", "February 29" of a common year), which are left out of the result.
    QVector<DateMention> find(QStringView text, qsizetype offset = 0,
                              QVector<TextSpan> *impossible = nullptr) const;

    // Month number (1–12) of an English month name, or of its abbreviation with or without
    // its stop ("Feb.", "Sept"); 0 when it is none.
    static int monthNumber(QStringView name);
    // The month a wire report's abbreviation names ("Feb" 2, "Sept" 9; without its stop), else 0.
    static int abbreviatedMonth(QStringView letters);

private:
    int resolveYear(int month, int day, const QString &explicitYear, bool *isExplicit) const;

    int m_contextYear;
    QDate m_notAfter;
};
