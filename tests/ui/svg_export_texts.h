// For chart tests: the texts an SVG export of a chart holds.
#pragma once

#include "app/charts/chart_data.h"

#include <QSize>
#include <QStringList>

namespace SvgExportTexts {

enum class Which { Shown, All };

// The texts of an SVG export of `data` at `size`, as on paper and without a caption: those drawn
// with some opacity, or all of them.
QStringList of(const ChartData &data, const QSize &size, Which which = Which::Shown);

} // namespace SvgExportTexts
