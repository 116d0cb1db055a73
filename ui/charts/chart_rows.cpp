#include "ui/charts/chart_rows.h"

#include "app/evidence/evidence_marks.h"

namespace {

bool isEmphasised(const ChartSeries &s, int i)
{
    return s.emphasised.isEmpty() || s.emphasised.value(i, true);
}

bool anyFaded(const ChartData &data)
{
    for (const ChartSeries &s : data.series) {
        for (bool e : s.emphasised) {
            if (!e)
                return true;
        }
    }
    return false;
}

} // namespace

namespace ChartRows {

bool drawnBottomUp(const ChartData &data)
{
    switch (data.kind) {
    case ChartData::Kind::Diverging:
    case ChartData::Kind::Dots:
    case ChartData::Kind::StackedBars:
    case ChartData::Kind::Timeline:
        return true;
    case ChartData::Kind::GroupedBars:
    case ChartData::Kind::Pie:
        break;
    }
    return false;
}

int position(const ChartData &data, int row)
{
    return drawnBottomUp(data) ? int(data.categories.size()) - 1 - row : row;
}

int rowAt(const ChartData &data, int position)
{
    return ChartRows::position(data, position); // turning the axis over is its own inverse
}

QVector<int> rowsByPosition(const ChartData &data)
{
    QVector<int> rows;
    for (int p = 0; p < data.categories.size(); ++p)
        rows.append(rowAt(data, p));
    return rows;
}

QString label(const ChartData &data, int row)
{
    QString text = data.categories.at(row);
    const CategoryMarks marks = data.marksOf(row);
    if (marks.testFlag(CategoryMark::Disputed))
        text += QLatin1Char(' ') + EvidenceMarks::disputed();
    if (marks.testFlag(CategoryMark::ThinEvidence))
        text += QLatin1Char(' ') + EvidenceMarks::thin();
    return text;
}

QStringList labelsByPosition(const ChartData &data, bool selectionMarkers)
{
    const bool faded = selectionMarkers && anyFaded(data);
    QStringList labels(data.categories.size());
    for (int row = 0; row < data.categories.size(); ++row) {
        bool selected = false;
        for (const ChartSeries &s : data.series)
            selected = selected || isEmphasised(s, row);
        labels[position(data, row)] =
            faded && selected ? QStringLiteral("▶ ") + label(data, row) : label(data, row);
    }
    return labels;
}

} // namespace ChartRows
