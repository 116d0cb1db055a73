// Evidence stage: the signs the app puts beside evidence wherever it shows it — ⚠ where the
// sources disagree, ◔ where a value rests on a single source or none (thin evidence) — so that
// the lists, the tables, the charts and their subtitles all speak with the same signs.
#pragma once

#include "app/codebook/claim.h"

#include <QString>

namespace EvidenceMarks {

QString disputed(); // "⚠"
QString thin();     // "◔"
// Whose a claim is, in one line: "Curated codebook (read-only)", "Coded by you (Ana), 2 Dec
// 2026 14:05", "Coded by Ben, 1 Dec 2026 09:12" (`me`: the window's coder).
QString whoseLine(const Claim &claim, const QString &me);

} // namespace EvidenceMarks
