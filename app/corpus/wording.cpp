#include "app/corpus/wording.h"

namespace Wording {

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

QString counted(qsizetype n, const char *one, const char *many)
{
    return counted(n, QString::fromUtf8(one), QString::fromUtf8(many));
}

} // namespace Wording
