// Test support: the direction includes may take between the project's folders — the stages of
// ../shared/STYLE.md, each using only the stages below it — checked file by file.
#pragma once

#include <QString>
#include <QStringList>

namespace IncludeRules {

// Why `includer` (a path from the top of the tree, "app/models/event_model.cpp") may not
// include `header` as written between its quotes or angle brackets; empty when it may.
// `angled`: written <…>, a system or Qt header.
QString wrongWay(const QString &includer, const QString &header, bool angled);

// Every include of the project's C++ files below `root` (app/, ui/, main/) that wrongWay()
// refuses, as "file:line: #include …: why".
QStringList check(const QString &root);

} // namespace IncludeRules
