#include "app/charts/chart_marks.h"

#include "app/corpus/date_text.h"
#include "app/corpus/wording.h"

#include <QSet>
#include <QtNumeric>

namespace {

QString categoryOf(const ChartData &data, const ChartSeries &series, int index)
{
    if (data.kind == ChartData::Kind::Pie)
        return {};
    if (data.kind == ChartData::Kind::Timeline) // the value is the lane
        return data.categories.value(int(series.values.value(index)));
    return data.categories.value(index);
}

bool isDrawn(const ChartData &data, double value)
{
    if (qIsNaN(value))
        return false;
    switch (data.kind) {
    case ChartData::Kind::Dots:
    case ChartData::Kind::Timeline:
        return true;
    case ChartData::Kind::Diverging: // the dot at 0 is drawn; the bar is not
    case ChartData::Kind::StackedBars:
    case ChartData::Kind::GroupedBars:
    case ChartData::Kind::Pie:
        break;
    }
    return value != 0 || data.kind == ChartData::Kind::Diverging;
}

} // namespace

QStringList ChartMark::articles() const
{
    QStringList ids;
    QSet<QString> seen; // a mark of a big library stands for tens of thousands of events
    for (const EvidenceRef &ref : evidence) {
        if (!seen.contains(ref.article)) {
            seen.insert(ref.article);
            ids.append(ref.article);
        }
    }
    return ids;
}

QString ChartMark::title() const
{
    QStringList where;
    if (!category.isEmpty())
        where.append(category);
    if (!detail.isEmpty())
        where.append(detail);
    if (date.isValid()) // as precise as the events it stands for ("Mar 2022" for a month)
        where.append(evidence.isEmpty() ? DateText::day(date) : evidence.first().date.text());
    return where.isEmpty() ? seriesName
                           : where.join(QStringLiteral(" — ")) + QStringLiteral(": ") + seriesName;
}

QString ChartMark::sourcesText() const
{
    int claims = 0, events = 0, mentions = 0;
    for (const EvidenceRef &ref : evidence) {
        claims += ref.kind == EvidenceRef::Kind::Claim ? 1 : 0;
        events += ref.kind == EvidenceRef::Kind::Event ? 1 : 0;
        mentions += ref.kind == EvidenceRef::Kind::Mention ? 1 : 0;
    }
    QStringList what;
    if (claims > 0)
        what.append(Wording::counted(claims, "claim", "claims"));
    if (events > 0)
        what.append(Wording::counted(events, "event", "events"));
    if (mentions > 0)
        what.append(Wording::counted(mentions, "mention", "mentions"));
    if (evidence.isEmpty())
        return QStringLiteral("no source behind this mark");
    // A claim repeating another's passage (same author) is no source of its own.
    QSet<QString> independent;
    for (const EvidenceRef &ref : evidence) {
        if (!ref.repeats)
            independent.insert(ref.article);
    }
    const qsizetype articleCount = articles().size();
    QString from = Wording::counted(articleCount, "source", "sources");
    if (independent.size() < articleCount)
        from = QStringLiteral("%1 articles, %2")
                   .arg(articleCount)
                   .arg(Wording::counted(independent.size(), "independent source",
                                         "independent sources"));
    return what.join(QStringLiteral(", ")) + QStringLiteral(" from ") + from;
}

QString ChartMark::summary() const
{
    return title() + QLatin1Char('\n') + sourcesText();
}

namespace ChartMarks {

std::optional<ChartMark> at(const ChartData &data, int series, int index)
{
    if (series < 0 || series >= data.series.size())
        return std::nullopt;
    const ChartSeries &s = data.series.at(series);
    if (index < 0 || index >= s.values.size())
        return std::nullopt;
    ChartMark mark;
    mark.series = series;
    mark.index = index;
    mark.seriesName = s.name;
    mark.detail = s.detail;
    mark.category = categoryOf(data, s, index);
    mark.value = s.values.at(index);
    mark.date = s.dates.value(index);
    mark.note = s.notes.value(index);
    mark.evidence = s.evidence.value(index);
    return mark;
}

QVector<ChartMark> all(const ChartData &data)
{
    QVector<ChartMark> marks;
    for (int s = 0; s < data.series.size(); ++s) {
        for (int i = 0; i < data.series.at(s).values.size(); ++i) {
            if (isDrawn(data, data.series.at(s).values.at(i)))
                marks.append(*at(data, s, i));
        }
    }
    return marks;
}

std::optional<ChartMark> place(const ChartData &data, int series, int index)
{
    std::optional<ChartMark> mark = at(data, series, index);
    if (!mark || data.kind != ChartData::Kind::Timeline)
        return mark;
    for (int s = 0; s < data.series.size(); ++s) {
        const ChartSeries &other = data.series.at(s);
        for (int i = 0; i < other.dates.size(); ++i) {
            // Another point drawn at the same place: of another type, or of this type dated to
            // the month ("in March") where this one is dated to its first day.
            if ((s == series && i == index) || other.dates.at(i) != mark->date ||
                other.values.value(i) != mark->value)
                continue;
            if (s != series && !mark->seriesName.split(QStringLiteral(", ")).contains(other.name))
                mark->seriesName += QStringLiteral(", ") + other.name;
            mark->evidence += other.evidence.value(i);
        }
    }
    return mark;
}

} // namespace ChartMarks
