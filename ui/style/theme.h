// ui: the light and the dark theme (Fusion with a palette), applied to the whole application.
// Nothing keeps "the current theme": a widget or delegate tells it from the palette it is
// given (its parent's, or the style option's), which follows the application's.
#pragma once

#include <QString>

class QPalette;

namespace Theme {

enum class Kind { Light, Dark };

void apply(Kind kind);
// Whether `palette` is the dark theme's (or any dark one): its window colour is dark.
bool isDark(const QPalette &palette);
Kind kindOf(const QPalette &palette);
QString name(Kind kind); // "light" / "dark", as stored in the settings
Kind fromName(const QString &name);

} // namespace Theme
