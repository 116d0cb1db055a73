// Corpus stage (shared by every stage above): how the app writes a date or a span of dates —
// in words for reading ("2 Mar 2022", "21 Feb – 3 Mar 2022", "Mar 2022", "2022") or in a
// sortable form for table columns ("2022-03-02"), always at the precision it is known to.
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
// A span for a table column: days in ISO form, which sort by their text ("2022-03-02",
// "2022-03-02 – 2022-03-05"); months and years as range() writes them ("Mar 2022", "2022"),
// which a column sorts by its date role, not by this text.
QString sortable(const DateRange &range, DatePrecision precision);

} // namespace DateText
