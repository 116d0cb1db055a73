// Evidence stage: the signs the app puts beside evidence wherever it shows it — ⚠ where the
// sources disagree, ◔ where a value rests on a single source or none (thin evidence) — so that
// the lists, the tables, the charts and their subtitles all speak with the same signs.
#pragma once

#include <QString>

namespace EvidenceMarks {

QString disputed(); // "⚠"
QString thin();     // "◔"

} // namespace EvidenceMarks
