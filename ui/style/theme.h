// ui: the light and the dark theme (Fusion with a palette), applied to the whole application.
#pragma once

#include <QString>

namespace Theme {

enum class Kind { Light, Dark };

void apply(Kind kind);
Kind current();
QString name(Kind kind); // "light" / "dark", as stored in the settings
Kind fromName(const QString &name);

} // namespace Theme
