#include "app/corpus/date_parser.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QVector<DateMention> datesIn(const QString &text, int year = 2022, QDate notAfter = {})
{
    return DateParser(year, notAfter).find(text);
}

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

TEST(DateParser, ResolvesMonthDayWithArticleYear)
{
    const auto dates = datesIn(QStringLiteral("On February 24, Putin issued a statement."));
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates[0].range.from, d(2022, 2, 24));
    EXPECT_FALSE(dates[0].yearExplicit);
    EXPECT_EQ(dates[0].span.start, 3);
    EXPECT_EQ(dates[0].span.end, 14);
}

TEST(DateParser, ResolvesBareDayMonthWithArticleYear)
{
    const auto dates = datesIn(QStringLiteral("in the early hours of 24 February, reactions"));
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates[0].range.from, d(2022, 2, 24));
    EXPECT_EQ(dates[0].precision, DateMention::Precision::Day);
}

TEST(DateParser, ReadsExplicitYearInBothOrders)
{
    const auto dates =
        datesIn(QStringLiteral("adopted on 2 March 2022 and on April 2, 1996, signed"), 2030);
    ASSERT_EQ(dates.size(), 2);
    EXPECT_EQ(dates[0].range.from, d(2022, 3, 2));
    EXPECT_TRUE(dates[0].yearExplicit);
    EXPECT_EQ(dates[1].range.from, d(1996, 4, 2));
}

TEST(DateParser, KeepsBothEndsOfADayRange)
{
    const auto dates =
        datesIn(QStringLiteral("In the first days of the war (February 24-28), a total"));
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates[0].range.from, d(2022, 2, 24));
    EXPECT_EQ(dates[0].range.to, d(2022, 2, 28));
}

TEST(DateParser, KeepsBothEndsOfARangeAcrossMonths)
{
    const auto dates = datesIn(QStringLiteral("Review period:  February 21 – March 3, 2022"), 0);
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates[0].range.from, d(2022, 2, 21));
    EXPECT_EQ(dates[0].range.to, d(2022, 3, 3));
    const auto visit = datesIn(QStringLiteral("took place on June 29-July 1."));
    ASSERT_EQ(visit.size(), 1);
    EXPECT_EQ(visit[0].range.to, d(2022, 7, 1));
}

TEST(DateParser, ReadsDayRangeBeforeMonth)
{
    const auto dates = datesIn(QStringLiteral("between 24-28 February 2022"));
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates[0].range.from, d(2022, 2, 24));
    EXPECT_EQ(dates[0].range.to, d(2022, 2, 28));
}

TEST(DateParser, ReadsEveryDateOfAList)
{
    const auto dates =
        datesIn(QStringLiteral("(February 24, February 25, February 25, March 2, March 3)"));
    ASSERT_EQ(dates.size(), 5);
    EXPECT_EQ(dates[3].range.from, d(2022, 3, 2));
}

TEST(DateParser, ReadsMonthYearAndMonthRanges)
{
    const auto dates =
        datesIn(QStringLiteral("In January 2022, a crisis; in January-February 2022 work."), 0);
    ASSERT_EQ(dates.size(), 2);
    EXPECT_EQ(dates[0].precision, DateMention::Precision::Month);
    EXPECT_EQ(dates[0].range.from, d(2022, 1, 1));
    EXPECT_EQ(dates[0].range.to, d(2022, 1, 31));
    EXPECT_EQ(dates[1].range.to, d(2022, 2, 28));
}

TEST(DateParser, ReadsMonthNameAloneOnlyWithACue)
{
    const auto cued = datesIn(QStringLiteral("The ban on grain exports in March was denounced."));
    ASSERT_EQ(cued.size(), 1);
    EXPECT_EQ(cued[0].range.from, d(2022, 3, 1));
    EXPECT_EQ(cued[0].range.to, d(2022, 3, 31));
    EXPECT_TRUE(datesIn(QStringLiteral("May God help them. March on.")).isEmpty());
    const auto heading = datesIn(QStringLiteral("May"));
    ASSERT_EQ(heading.size(), 1);
    EXPECT_EQ(heading[0].range.from, d(2022, 5, 1));
}

// A cue is a whole word just before the month's name, with only spaces (or a line break)
// between; a date found before it cannot lend it one of its words.
TEST(DateParser, AMonthsCueIsAWholeWordJustBeforeIt)
{
    const auto spans = [](const QString &text) {
        QStringList found;
        for (const DateMention &m : datesIn(text))
            found.append(text.mid(m.span.start, m.span.length()));
        return found;
    };
    EXPECT_EQ(spans(QStringLiteral("Talks resumed since  June and\nuntil\nJuly.")),
              QStringList({"June", "July"}));
    EXPECT_EQ(spans(QStringLiteral("Prices rose mid- March.")), QStringList({"March"}));
    EXPECT_TRUE(spans(QStringLiteral("Within March they met.")).isEmpty()) << "\"in\" in a word";
    EXPECT_TRUE(spans(QStringLiteral("The plan of, March on.")).isEmpty()) << "a comma between";
    EXPECT_TRUE(spans(QStringLiteral("Since, May it help.")).isEmpty());
    EXPECT_EQ(spans(QStringLiteral("In May")), QStringList({"May"})) << "at the text's start";
    // "March 2022 by May": the year ends the first date; "by" is the second's own cue.
    EXPECT_EQ(spans(QStringLiteral("from March 2022 by May")), QStringList({"March 2022", "May"}));
}

// The month forms are found by the month's name and the cue looked for before it: the dates are
// those one expression with the cue in front finds ("\b(in|…)\s+" before the name), over texts
// made of cues, months, years, spaces and punctuation in every order of a few.
TEST(DateParser, AMonthsCueIsFoundAsTheExpressionWithTheCueInFrontFindsIt)
{
    const QString month = QStringLiteral("(?:January|February|March|April|May|June|July|August|"
                                         "September|October|November|December)");
    const QRegularExpression withCue(
        QStringLiteral("(?:\\b(in|In|since|Since|by|By|until|Until|of|during|During|early|late|"
                       "mid-)\\s+)?\\b(%1)(?:\\s*[-–—]\\s*(%1))?(?:,?\\s+(\\d{4})\\b)?")
            .arg(month));
    const QStringList pieces = {"in",   "In",   "mid-", "of", "Within", "May",
                                "June", "2022", " ",    "\n", ",",      "-"};
    int texts = 0;
    // Every text of four pieces (12^4 = 20,736 texts).
    for (const QString &a : pieces)
        for (const QString &b : pieces)
            for (const QString &c : pieces)
                for (const QString &e : pieces) {
                    const QString text = a + b + c + e;
                    // A text that is a month's name alone is a heading: its month needs no cue.
                    const bool heading = QRegularExpression(QStringLiteral("\\A%1\\z").arg(month))
                                             .match(text.trimmed())
                                             .hasMatch();
                    QVector<QPair<qsizetype, qsizetype>> expected;
                    for (auto it = withCue.globalMatch(text); it.hasNext();) {
                        const auto m = it.next();
                        if (heading || !m.capturedView(1).isEmpty() || !m.capturedView(4).isEmpty())
                            expected.append({m.capturedStart(2), m.capturedEnd()});
                    }
                    QVector<QPair<qsizetype, qsizetype>> found;
                    for (const DateMention &m : DateParser(2022).find(text))
                        found.append({m.span.start, m.span.end});
                    ASSERT_EQ(found, expected) << qPrintable(text);
                    ++texts;
                }
    EXPECT_EQ(texts, 12 * 12 * 12 * 12);
}

TEST(DateParser, TakesThePreviousYearForADateAfterPublication)
{
    const auto dates = datesIn(QStringLiteral("On 20 December, talks."), 2022, d(2022, 3, 31));
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates[0].range.from, d(2021, 12, 20));
}

TEST(DateParser, SkipsImpossibleDates)
{
    EXPECT_TRUE(datesIn(QStringLiteral("On February 30, nothing happened.")).isEmpty());
}

TEST(DateParser, SkipsUndatedYearWhenContextIsUnknown)
{
    EXPECT_TRUE(datesIn(QStringLiteral("On February 24, something."), 0).isEmpty());
}

TEST(DateParser, IgnoresNumbersThatAreNotDays)
{
    EXPECT_TRUE(
        datesIn(QStringLiteral("141 votes in favour, 5 against, the 1992-1993 war")).isEmpty());
}

TEST(DateParser, ReportsImpossibleDaysButNotNumbersThatAreNoDays)
{
    const QString text = QStringLiteral(
        "On February 30 and 31 April talks; February 29 came; in March 50 people met.");
    QVector<TextSpan> impossible;
    const auto dates = DateParser(2022).find(text, 0, &impossible);
    QStringList spans;
    for (const TextSpan &s : impossible)
        spans.append(text.mid(s.start, s.length()));
    EXPECT_EQ(spans, (QStringList{"February 30", "31 April", "February 29"})); // 2022: no leap day
    for (const DateMention &m : dates)
        EXPECT_EQ(m.precision, DateMention::Precision::Month) << m.span.start;
}

TEST(DateParser, ThousandsOfDatesInOneLineAreAllFound)
{
    // Once quadratic: each date was checked against every date before it (BM_DatesInOneLine in
    // bench/ measures the time of 100,000 repetitions). Each repetition holds two dates.
    QString line;
    for (int i = 0; i < 5000; ++i)
        line += QStringLiteral("On 2 March 2022 and in March 2022, a vote. ");
    const auto dates = DateParser(2022).find(line);
    ASSERT_EQ(dates.size(), 10000);
    EXPECT_EQ(dates.first().range.from, QDate(2022, 3, 2));
    EXPECT_EQ(dates.at(1).range.from, QDate(2022, 3, 1));
    EXPECT_EQ(dates.at(1).range.to, QDate(2022, 3, 31));
    EXPECT_EQ(dates.last().range.to, QDate(2022, 3, 31));
}

// Sentences that name no month skip the patterns; capitals that only begin like a month's
// name ("Mayor", "Marching", "Junes") are no date, and a month after them still is.
// A word that opens with a month's name or its abbreviation is no month. (An abbreviation
// that is a whole word, beside a day, is: abbreviated_months_test.cpp.)
TEST(DateParser, AWordThatOpensWithAMonthsNameIsNoMonth)
{
    const DateParser parser(2022);
    EXPECT_TRUE(
        parser.find(QStringLiteral("The Mayor of Almaty, 24 delegates, no date.")).isEmpty());
    EXPECT_TRUE(
        parser.find(QStringLiteral("Marching on 24 Decembrists, Augusta Octavia.")).isEmpty());
    const auto dates = parser.find(QStringLiteral("The Mayor spoke on 24 February."));
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates.first().range.from, QDate(2022, 2, 24));
}

TEST(DateParser, ReadsBetweenAndFromToRangesOfDays)
{
    const auto between = datesIn(QStringLiteral("evacuated 104 citizens between 2 and 6 March"));
    ASSERT_EQ(between.size(), 1);
    EXPECT_EQ(between[0].range.from, QDate(2022, 3, 2));
    EXPECT_EQ(between[0].range.to, QDate(2022, 3, 6));
    const auto fromTo = datesIn(QStringLiteral("fire was exchanged from 27 to 28 January 2021"));
    ASSERT_EQ(fromTo.size(), 1);
    EXPECT_EQ(fromTo[0].range.from, QDate(2021, 1, 27));
    EXPECT_EQ(fromTo[0].range.to, QDate(2021, 1, 28));
}

// A month's name is looked for at the capitals, eight characters at a time: it is found wherever
// it falls after near misses ("Ma", "Mar", "Minsk", "Jun"); they, and a text ending in the first
// letters of a name, find no date.
TEST(DateParser, AMonthIsFoundAmongCapitalsThatAreNone)
{
    for (const QString &near :
         {QStringLiteral("Minsk"), QStringLiteral("Ma"), QStringLiteral("Mar"),
          QStringLiteral("Jun"), QStringLiteral("Dece"), QStringLiteral("M")}) {
        EXPECT_TRUE(datesIn(QStringLiteral("Moscow and ") + near).isEmpty()) << near.toStdString();
        for (qsizetype pad = 0; pad <= 9; ++pad) {
            const QString before = near + QString(pad, QLatin1Char(' ')) + QStringLiteral(" in ");
            const auto dates = datesIn(before + QStringLiteral("March 2022"));
            ASSERT_EQ(dates.size(), 1) << near.toStdString() << " " << pad;
            EXPECT_EQ(dates[0].span.start, before.size());
            EXPECT_EQ(dates[0].range.from, d(2022, 3, 1));
        }
    }
}
