#include "app/corpus/problem.h"

QString Problem::toString() const
{
    if (line > 0)
        return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
    return file + QStringLiteral(": ") + message;
}
