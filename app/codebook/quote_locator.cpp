#include "app/codebook/quote_locator.h"

namespace {

QChar plainChar(QChar c)
{
    switch (c.unicode()) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
        return QLatin1Char('\'');
    case 0x201C:
    case 0x201D:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
        return QLatin1Char('"');
    case 0x2013:
    case 0x2014:
        return QLatin1Char('-');
    default:
        return c;
    }
}

} // namespace

QString QuoteLocator::normalise(const QString &text, QVector<qsizetype> *origin)
{
    QString out;
    out.reserve(text.size());
    if (origin) {
        origin->clear();
        origin->reserve(text.size());
    }
    bool pendingSpace = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) { // includes U+00A0 and other Unicode spaces
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            if (origin)
                origin->append(i - 1);
            pendingSpace = false;
        }
        out.append(plainChar(c));
        if (origin)
            origin->append(i);
    }
    return out;
}

QuoteLocator::QuoteLocator(const QString &text)
{
    // In the body, not the initialiser list: m_origin is declared after m_normalised.
    m_normalised = normalise(text, &m_origin);
}

std::optional<TextSpan> QuoteLocator::locate(const QString &quote) const
{
    const QString needle = normalise(quote);
    if (needle.isEmpty())
        return std::nullopt;
    const qsizetype at = m_normalised.indexOf(needle);
    if (at < 0)
        return std::nullopt;
    const qsizetype last = at + needle.size() - 1;
    return TextSpan{m_origin.at(at), m_origin.at(last) + 1};
}
