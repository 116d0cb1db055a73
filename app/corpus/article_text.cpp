#include "app/corpus/article_text.h"

#include <algorithm>
#include <limits>

namespace {

// A code unit kept aside takes 6 bytes (its place and itself) where a compact text saves one a
// code unit: a text with more than one in eight such units is kept as UTF-16.
constexpr qsizetype kMostHighUnitsPerLow = 8;

} // namespace

ArticleText::ArticleText(const QString &text, bool compact)
{
    // Places are kept in 32 bits (as spans are): a longer text, which no reader makes, stays whole.
    if (!compact || text.size() > std::numeric_limits<qint32>::max()) {
        m_utf16 = text.isNull() ? QString(QLatin1String("")) : text;
        return;
    }
    qsizetype high = 0;
    for (const QChar c : text)
        high += c.unicode() > 0xFF;
    if (high * kMostHighUnitsPerLow > text.size()) {
        m_utf16 = text;
        return;
    }
    m_low = text.toLatin1(); // a unit above U+00FF becomes '?' here, and is kept aside
    if (m_low.isNull())
        m_low = QByteArray("");
    m_highAt.reserve(high);
    m_highUnit.reserve(high);
    for (qsizetype i = 0; high > 0 && i < text.size(); ++i) {
        const char16_t unit = text.at(i).unicode();
        if (unit > 0xFF) {
            m_highAt.append(qint32(i));
            m_highUnit.append(unit);
        }
    }
}

QString ArticleText::toString() const
{
    return mid(0);
}

QString ArticleText::mid(qsizetype start, qsizetype length) const
{
    if (!m_utf16.isNull())
        return m_utf16.mid(start, length);
    const qsizetype size = m_low.size();
    if (start > size)
        return {};
    // As QString::mid: a negative start shortens the piece by as much; nothing overflows.
    const qsizetype from = std::max<qsizetype>(start, 0);
    qsizetype to = size;
    if (length >= 0 && start < 0)
        to = std::clamp<qsizetype>(length + start, 0, size); // opposite signs: no overflow
    else if (length >= 0)
        to = length > size - start ? size : start + length;
    QString text = QString::fromLatin1(m_low.constData() + from, to - from);
    QChar *units = text.data();
    for (auto at = std::lower_bound(m_highAt.cbegin(), m_highAt.cend(), qint32(from));
         at != m_highAt.cend() && *at < to; ++at)
        units[*at - from] = QChar(m_highUnit.at(at - m_highAt.cbegin()));
    return text;
}

QStringView ArticleText::view() const
{
    return utf16();
}

const QString &ArticleText::utf16() const
{
    Q_ASSERT(!isCompact());
    return m_utf16;
}
