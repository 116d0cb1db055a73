#include "app/corpus/problem.h"

QString Problem::toString() const
{
    if (line > 0)
        return file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + message;
    return file + QStringLiteral(": ") + message;
}

Problem Problem::fromLine(const QString &file, const QString &line)
{
    const QString prefix = file + QLatin1Char(':');
    if (file.isEmpty() || !line.startsWith(prefix))
        return {file, 0, line};
    qsizetype at = prefix.size();
    qsizetype digits = at;
    while (digits < line.size() && line.at(digits).isDigit())
        ++digits;
    int number = 0;
    if (digits > at && line.mid(digits, 2) == QLatin1String(": ")) {
        number = line.mid(at, digits - at).toInt();
        at = digits + 2;
    } else if (line.mid(at, 1) == QLatin1String(" ")) {
        at += 1;
    } else {
        return {file, 0, line};
    }
    return {file, number, line.mid(at)};
}
