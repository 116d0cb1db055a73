#include "app/corpus/source_date.h"

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
    return isKnown() ? DateText::range(range, precision) : QString();
}

QString SourceDate::endText() const
{
    return isKnown() ? DateText::at(range.to, precision) : QString();
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
    // A date inside the other's range says more of the same time: "31 Jul 2022" is newer
    // evidence than "2022" (which only ends later because it is vague).
    const auto inside = [](const DateRange &inner, const DateRange &outer) {
        return outer.from <= inner.from && inner.to <= outer.to;
    };
    if (inside(b.range, a.range) && !inside(a.range, b.range))
        return b;
    if (inside(a.range, b.range) && !inside(b.range, a.range))
        return a;
    if (a.range.to != b.range.to)
        return b.range.to > a.range.to ? b : a;
    // The same end ("31 Jul 2022" and "24 Feb – 31 Jul 2022"): the more precise says more.
    return b.range.from > a.range.from ? b : a;
}
