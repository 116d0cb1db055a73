// Extraction stage: the year of an article's dates that give none. From its metadata (the
// publication date or period); else from the nearest date in its text that gives a year (the
// one before, else the one after); else the corpus's reference year (the gazetteer's frame),
// and then the year is marked assumed. With none of these such dates are skipped.
// In an article of a known day, a weekday ("on Tuesday", "last Tuesday") is a day of the week
// up to it, as news dates what happened in the days before it is published.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/date_parser.h"

#include <QVector>

class ArticleYears {
public:
    ArticleYears(const Article &article, int referenceYear);

    struct Dates {
        QVector<DateMention> dates;
        bool yearAssumed = false; // a date without a year took the reference year
    };
    // The dates of `text`, which starts at `offset` in the article.
    Dates datesIn(QStringView text, qsizetype offset) const;

private:
    int yearAt(qsizetype offset) const;

    int m_contextYear = 0;
    int m_referenceYear = 0;
    QDate m_notAfter;
    QDate m_published; // the publication's day, when the metadata give it
    QVector<std::pair<TextSpan, int>> m_weekdays; // then, its weekdays' names and numbers
    struct YearAt {
        qsizetype offset;
        int year;
    };
    QVector<YearAt> m_explicitYears; // only when the metadata give no year
};
