// ui: the shared colours — one per stance value, event type and country, used by every list,
// pane and chart, in the light and the dark theme alike.
#pragma once

#include "app/evidence/coverage.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QVector>

struct SeriesMeaning;

namespace Palette {

QColor stance(const QString &stanceValue); // invalid QColor when the stance is unknown
QColor eventType(const QString &type);
QColor conflict();                // the "sources disagree" mark
QString conflictName();           // its colour in a word, for legends and subtitles: "orange"
QColor conflictText(bool dark);   // the same as small text, readable on the row highlight
QColor badge();                   // membership badges
QColor vote(const QString &vote); // yes, no, abstain, absent
QColor series(int index);         // a qualitative colour for the n-th article of a chart
// A country's own colour, the same in every chart and list: the `slot`-th of a palette safe for
// colour-blind readers and apart from every stance colour (see countryPaletteSize()); a country
// without a slot in the gazetteer takes one from its ISO3.
QColor country(int slot, const QString &iso);
int countryPaletteSize();
// The slots of countries drawn together (iso → gazetteer slot, -1 for none): each its own,
// except where two share one — then the one whose ISO3 sorts later takes the next free slot,
// so a chart or a comparison never draws two countries alike, whatever the order they were
// chosen in. With more countries than colours, the rest keep their own.
QHash<QString, int> countrySlots(const QHash<QString, int> &preferred);
// The colour of a dimension's value in tables: the stance and vote colours where they apply,
// else one per value of the dimension.
QColor dimensionValue(const QString &dimension, const QString &value);
QColor difference(bool dark); // the highlight of rows where compared countries differ
QColor coverage(DimensionCoverage::Level level); // thin (single, none) in amber and grey
// A chart series' colour from what it stands for.
QColor of(const SeriesMeaning &meaning);

// The source viewer's highlight of the selected country's mentions.
QColor mentionHighlight(bool dark);
// WCAG 2 contrast ratio of two colours, 1 to 21 (AA asks 4.5 of normal text).
double contrast(const QColor &a, const QColor &b);
// Black or white, whichever contrasts more with `background`: text on a chip or highlight,
// always at least 4.58:1 (the square root of 21), so AA in either theme.
QColor textOn(const QColor &background);
// `colour` made darker (on light backgrounds) or lighter (on dark ones), its hue kept, until it
// reads as text on each of `backgrounds` (AA, 4.5:1): a chart's colour used for words.
QColor readableOn(const QColor &colour, const QVector<QColor> &backgrounds);

} // namespace Palette
