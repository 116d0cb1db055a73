// ui: the one look of the app's row tables (timeline, sources): whole-row selection,
// alternating rows, no row numbers, comfortable row height.
#pragma once

class QTableView;

namespace TableStyle {
// How many rows a column sized to its contents measures, beyond those in view.
constexpr int kRowsMeasured = 100;
void apply(QTableView *view);
} // namespace TableStyle
