// ui: checks the window's settings file at start. A file QSettings cannot read is set aside
// (a copy is kept beside it) and the window starts with defaults; the next save replaces it.
#pragma once

#include "app/corpus/problem.h"

#include <optional>

class QSettings;

namespace SettingsCheck {

// A problem (also printed to stderr) when the settings could not be read, after clearing them.
std::optional<Problem> check(QSettings &settings);

} // namespace SettingsCheck
