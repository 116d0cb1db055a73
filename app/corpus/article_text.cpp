#include "app/corpus/article_text.h"

#include "app/corpus/utf16_lanes.h"

#include <algorithm>
#include <limits>

namespace {

// A code unit kept aside takes 6 bytes (its place and itself) where a compact text saves one a
// code unit: a text with more than one in eight such units is kept as UTF-16.
constexpr qsizetype kMostHighUnitsPerLow = 8;

// Every text of a corpus is read for its units above U+00FF, eight at a time where the processor
// can (utf16_lanes.h).
#if defined(__SSE2__)
__m128i highLanes(const char16_t *at)
{
    return Utf16Lanes::inRange(Utf16Lanes::load(at), 0x0100, 0xFFFF);
}
#endif

qsizetype highUnitCount(QStringView text)
{
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    qsizetype high = 0;
    qsizetype i = 0;
#if defined(__SSE2__)
    // Each 16-bit lane counts the units above U+00FF it was given, up to 4,096 blocks at a time.
    while (i + 8 <= n) {
        __m128i counts = _mm_setzero_si128();
        for (int block = 0; block < 4096 && i + 8 <= n; ++block, i += 8)
            counts = _mm_sub_epi16(counts, highLanes(units + i)); // a lane of -1 adds one
        alignas(16) quint16 lanes[8];
        _mm_store_si128(reinterpret_cast<__m128i *>(lanes), counts);
        for (const quint16 lane : lanes)
            high += lane;
    }
#endif
    for (; i < n; ++i)
        high += units[i] > 0xFF ? 1 : 0;
    return high;
}

} // namespace

ArticleText::ArticleText(const QString &text, bool compact)
{
    // Places are kept in 32 bits (as spans are): a longer text, which no reader makes, stays whole.
    if (!compact || text.size() > std::numeric_limits<qint32>::max()) {
        m_utf16 = text.isNull() ? QString(QLatin1String("")) : text;
        return;
    }
    const qsizetype high = highUnitCount(text);
    if (high * kMostHighUnitsPerLow > text.size()) {
        m_utf16 = text;
        return;
    }
    m_low = text.toLatin1(); // a unit above U+00FF becomes '?' here, and is kept aside
    if (m_low.isNull())
        m_low = QByteArray("");
    m_highAt.reserve(high);
    m_highUnit.reserve(high);
    const char16_t *units = QStringView(text).utf16();
    const qsizetype n = high > 0 ? text.size() : 0;
    const auto keepAside = [&](qsizetype i) {
        if (units[i] > 0xFF) {
            m_highAt.append(qint32(i));
            m_highUnit.append(units[i]);
        }
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    for (; i + 8 <= n; i += 8) {
        // Two bits a unit: the lowest of each pair is cleared with the other.
        for (unsigned marked = Utf16Lanes::bits(highLanes(units + i)); marked != 0;
             marked &= marked - 1, marked &= marked - 1)
            keepAside(i + Utf16Lanes::firstLane(marked));
    }
#endif
    for (; i < n; ++i)
        keepAside(i);
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
