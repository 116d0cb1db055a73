#include "app/corpus/wording.h"

#include <QLocale>

namespace Wording {

QString number(qsizetype n)
{
    static const QLocale english(QLocale::English);
    return english.toString(qint64(n));
}

QString counted(qsizetype n, const QString &one, const QString &many)
{
    return number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

QString counted(qsizetype n, const char *one, const char *many)
{
    return counted(n, QString::fromUtf8(one), QString::fromUtf8(many));
}

QString quoted(const QString &quote)
{
    // Double marks only: a single one at the end is as often an apostrophe (the countries').
    static const QString opening = QStringLiteral("“\"«„");
    static const QString closing = QStringLiteral("”\"»“");
    const QString trimmed = quote.trimmed();
    QString text = quote;
    if (trimmed.isEmpty() || !opening.contains(trimmed.front()))
        text.prepend(QStringLiteral("“"));
    if (trimmed.size() < 2 || !closing.contains(trimmed.back()))
        text.append(QStringLiteral("”"));
    return text;
}

} // namespace Wording
