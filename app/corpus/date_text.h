// Corpus stage (shared by every stage above): how the app writes a date or a span of dates —
// in words ("2 Mar 2022", "21 Feb – 3 Mar 2022", "Mar 2022", "2022"), one style everywhere
// (tables sort by their models' SortRole, not by this text), at the precision it is known to.
#pragma once

#include "app/corpus/article.h"

enum class DatePrecision { Day, Month, Year };

namespace DateText {

// The Qt date format of a day in words, for places that hand a format to Qt (chart axes).
inline constexpr const char *kDayFormat = "d MMM yyyy";

QString day(const QDate &date);     // "2 Mar 2022"
QString longDay(const QDate &date); // "2 March 2022"
QString month(const QDate &date);   // "Mar 2022"
// One date at a precision: "2 Mar 2022", "Mar 2022", "2022".
QString at(const QDate &date, DatePrecision precision);
// A span in words: "2 Mar 2022", "21 Feb – 3 Mar 2022", "24 Dec 2021 – 3 Jan 2022",
// "Mar 2022", "Mar 2022 – Apr 2022", "2022"; empty when the span is not valid.
QString range(const DateRange &range, DatePrecision precision);

// What a table sorts a span of dates by: its start, then its end, as one number (formatting
// dates for every comparison of a sort over thousands of rows took most of its time).
qint64 sortKey(const DateRange &range);

} // namespace DateText
