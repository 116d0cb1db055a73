#include "app/corpus/source_date.h"

#include <QLocale>

SourceDate SourceDate::ofArticle(const ArticleMetadata &meta)
{
    SourceDate date;
    if (meta.published.isValid()) {
        date.range = {meta.published, meta.published};
    } else if (meta.period.isValid()) {
        date.range = meta.period;
    } else if (meta.year > 0) {
        date.range = {QDate(meta.year, 1, 1), QDate(meta.year, 12, 31)};
        date.precision = Precision::Year;
    }
    if (date.range.isValid())
        date.basis = Basis::Article;
    return date;
}

QString SourceDate::text() const
{
    if (!isKnown())
        return {};
    const QLocale c = QLocale::c();
    switch (precision) {
    case Precision::Year:
        return QString::number(range.from.year());
    case Precision::Month:
        return c.toString(range.from, QStringLiteral("MMM yyyy"));
    case Precision::Day:
        break;
    }
    if (range.from == range.to)
        return c.toString(range.from, QStringLiteral("d MMM yyyy"));
    const QString from = range.from.year() == range.to.year()
                             ? c.toString(range.from, QStringLiteral("d MMM"))
                             : c.toString(range.from, QStringLiteral("d MMM yyyy"));
    return from + QStringLiteral(" – ") + c.toString(range.to, QStringLiteral("d MMM yyyy"));
}

QString SourceDate::endText() const
{
    if (!isKnown())
        return {};
    switch (precision) {
    case Precision::Year:
        return QString::number(range.to.year());
    case Precision::Month:
        return QLocale::c().toString(range.to, QStringLiteral("MMM yyyy"));
    case Precision::Day:
        break;
    }
    return QLocale::c().toString(range.to, QStringLiteral("d MMM yyyy"));
}

QString SourceDate::label() const
{
    if (!isKnown())
        return {};
    return basis == Basis::Article ? text() + QStringLiteral(" (article)") : text();
}

QString SourceDate::compactLabel() const
{
    return basis == Basis::Statement ? QStringLiteral("stated ") + text() : text();
}

QString SourceDate::explanation() const
{
    switch (basis) {
    case Basis::Statement:
        return QStringLiteral("%1: the date the quoted sentence gives").arg(text());
    case Basis::Article:
        return QStringLiteral("%1: the article's date (the quoted sentence gives none)")
            .arg(text());
    case Basis::Unknown:
        break;
    }
    return QStringLiteral("Neither the quoted sentence nor its article gives a date");
}

QString SourceDate::basisName() const
{
    switch (basis) {
    case Basis::Statement:
        return QStringLiteral("statement");
    case Basis::Article:
        return QStringLiteral("article");
    case Basis::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

const SourceDate &SourceDate::newer(const SourceDate &a, const SourceDate &b)
{
    if (!a.isKnown())
        return b;
    if (!b.isKnown())
        return a;
    if (a.range.to != b.range.to)
        return b.range.to > a.range.to ? b : a;
    // The same end ("31 Jul 2022" and "24 Feb – 31 Jul 2022"): the more precise says more.
    return b.range.from > a.range.from ? b : a;
}
