// Wire reports abbreviate a month beside its day ("Feb. 24", "24 Feb 2022", "Sept. 5"): such a
// date is read as the month's full name is, and a sentence that ends with one ends there. A
// bare abbreviation, or three letters that open another word ("22 Marines"), are no date.
#include "app/corpus/date_parser.h"
#include "test_support.h"

#include <gtest/gtest.h>

namespace {

QVector<DateMention> datesIn(const QString &text)
{
    return DateParser(2022).find(text);
}

QStringList sentencesOf(const QString &text)
{
    const Article article = TestSupport::articleFromText(text);
    QStringList result;
    for (const Sentence &s : article.sentences)
        result.append(article.quote(s.span));
    return result;
}

} // namespace

TEST(AbbreviatedMonths, ADayWithAnAbbreviatedMonthIsReadAsWithItsFullName)
{
    const QStringList full = {
        QStringLiteral("January"),  QStringLiteral("February"),  QStringLiteral("March"),
        QStringLiteral("April"),    QStringLiteral("June"),      QStringLiteral("July"),
        QStringLiteral("August"),   QStringLiteral("September"), QStringLiteral("October"),
        QStringLiteral("November"), QStringLiteral("December")};
    for (int i = 0; i < full.size(); ++i) {
        const int month = i < 4 ? i + 1 : i + 2; // May has no abbreviation
        QStringList forms = {full[i].left(3)};
        if (month == 9)
            forms.append(QStringLiteral("Sept"));
        for (const QString &abbreviation : forms) {
            for (const QString &written : {QStringLiteral("%1. 24").arg(abbreviation),
                                           QStringLiteral("%1 24, 2021").arg(abbreviation),
                                           QStringLiteral("24 %1.").arg(abbreviation),
                                           QStringLiteral("24 %1 2021").arg(abbreviation)}) {
                const QString text =
                    QStringLiteral("Georgia applied on %1 and waited.").arg(written);
                const QVector<DateMention> dates = datesIn(text);
                ASSERT_EQ(dates.size(), 1) << text.toStdString();
                const int year = written.contains(QLatin1String("2021")) ? 2021 : 2022;
                EXPECT_EQ(dates[0].range.from, QDate(year, month, 24)) << text.toStdString();
                EXPECT_EQ(dates[0].range.to, QDate(year, month, 24)) << text.toStdString();
                EXPECT_EQ(text.mid(dates[0].span.start, dates[0].span.length()), written)
                    << text.toStdString();
            }
        }
    }
}

TEST(AbbreviatedMonths, ARangeMayAbbreviateBothMonths)
{
    const QVector<DateMention> dates =
        datesIn(QStringLiteral("The talks ran from Feb. 21 – Mar. 3, 2022."));
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates[0].range.from, QDate(2022, 2, 21));
    EXPECT_EQ(dates[0].range.to, QDate(2022, 3, 3));
}

TEST(AbbreviatedMonths, ThreeLettersThatOpenAnotherWordOrStandAloneAreNoDate)
{
    for (const char *text : {"The 22 Marines landed.", "In Feb. the talks stalled.",
                             "Julian met 24 Decembrists.", "Aug 2022 was hot."})
        EXPECT_TRUE(datesIn(QString::fromUtf8(text)).isEmpty()) << text;
}

TEST(AbbreviatedMonths, ASentenceEndingWithADayAndAnAbbreviatedMonthEndsThere)
{
    EXPECT_EQ(sentencesOf(QStringLiteral(
                  "Georgia applied for membership on 22 Feb. The decision was welcomed in Kyiv.")),
              (QStringList{QStringLiteral("Georgia applied for membership on 22 Feb."),
                           QStringLiteral("The decision was welcomed in Kyiv.")}));
    // Before a day, or a year, the abbreviation's stop ends nothing.
    for (const char *text :
         {"Georgia applied on Feb. 24 and waited.", "Georgia applied on 22 Feb. 2022 and waited.",
          "The Feb. Revolution is history."})
        EXPECT_EQ(sentencesOf(QString::fromUtf8(text)).size(), 1) << text;
}
