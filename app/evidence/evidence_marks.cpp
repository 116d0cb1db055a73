#include "app/evidence/evidence_marks.h"

namespace EvidenceMarks {

QString disputed()
{
    return QStringLiteral("⚠");
}

QString thin()
{
    return QStringLiteral("◔");
}

QString whoseLine(const Claim &claim, const QString &me)
{
    if (claim.isCurated())
        return QStringLiteral("Curated codebook (read-only)");
    const QString when = claim.coded.toLocalTime().toString(QStringLiteral("d MMM yyyy HH:mm"));
    return claim.coder == me && !me.isEmpty()
               ? QStringLiteral("Coded by you (%1), %2").arg(claim.coder, when)
               : QStringLiteral("Coded by %1, %2").arg(claim.coder, when);
}

} // namespace EvidenceMarks
