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

} // namespace EvidenceMarks
