// ui: the one look of the app's row tables (timeline, sources): whole-row selection,
// alternating rows, no row numbers, comfortable row height.
#pragma once

class QTableView;

namespace TableStyle {
void apply(QTableView *view);
}
