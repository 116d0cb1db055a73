// ui: the shared colours — one per stance value and one per event type, used by every list,
// pane and chart, in the light and the dark theme alike.
#pragma once

#include "app/evidence/coverage.h"

#include <QColor>
#include <QString>

struct SeriesMeaning;

namespace Palette {

QColor stance(const QString &stanceValue); // invalid QColor when the stance is unknown
QColor eventType(const QString &type);
QColor conflict();                // the "sources disagree" mark
QString conflictName();           // its colour in a word, for legends and subtitles: "orange"
QColor conflictText(bool dark);   // the same as small text, readable on the row highlight
QColor badge();                   // membership badges
QColor vote(const QString &vote); // yes, no, abstain, absent
QColor series(int index);         // a qualitative colour for articles and countries
// The colour of a dimension's value in tables: the stance and vote colours where they apply,
// else one per value of the dimension.
QColor dimensionValue(const QString &dimension, const QString &value);
QColor difference(bool dark); // the highlight of rows where compared countries differ
QColor coverage(DimensionCoverage::Level level); // thin (single, none) in amber and grey
// A chart series' colour from what it stands for.
QColor of(const SeriesMeaning &meaning);

} // namespace Palette
