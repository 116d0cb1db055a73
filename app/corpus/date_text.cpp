#include "app/corpus/date_text.h"

#include <QLocale>

namespace {

const QString kDash = QStringLiteral(" – ");

} // namespace

namespace DateText {

QString day(const QDate &date)
{
    return QLocale::c().toString(date, QLatin1String(kDayFormat));
}

QString longDay(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString month(const QDate &date)
{
    return QLocale::c().toString(date, QStringLiteral("MMM yyyy"));
}

QString at(const QDate &date, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Year:
        return QString::number(date.year());
    case DatePrecision::Month:
        return month(date);
    case DatePrecision::Day:
        break;
    }
    return day(date);
}

QString range(const DateRange &range, DatePrecision precision)
{
    if (!range.isValid())
        return {};
    if (precision == DatePrecision::Year)
        return QString::number(range.from.year());
    if (precision == DatePrecision::Month) {
        const bool oneMonth =
            range.from.year() == range.to.year() && range.from.month() == range.to.month();
        return oneMonth ? month(range.from) : month(range.from) + kDash + month(range.to);
    }
    if (range.from == range.to)
        return day(range.from);
    const QString from = range.from.year() == range.to.year()
                             ? QLocale::c().toString(range.from, QStringLiteral("d MMM"))
                             : day(range.from);
    return from + kDash + day(range.to);
}

} // namespace DateText

qint64 DateText::sortKey(const DateRange &range)
{
    // Julian days are below 2^23 for any date an article names: the start in the high bits.
    // An invalid day (Qt's Julian day for it is the lowest qint64) sorts first.
    const auto day = [](const QDate &d) { return d.isValid() ? d.toJulianDay() : qint64(0); };
    return day(range.from) * (qint64(1) << 32) + day(range.to);
}
