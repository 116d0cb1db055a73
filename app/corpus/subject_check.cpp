#include "app/corpus/subject_check.h"

#include "app/corpus/utf16_lanes.h"

#include <functional>

namespace SubjectCheck {

namespace {

// Whether some unit of `text` is half of a surrogate pair (U+D800 to U+DFFF); a text without
// one is valid UTF-16. Eight units at a time where the processor can (SSE2): every article is
// checked so, and few hold a character outside the BMP.
bool holdsSurrogates(QStringView text)
{
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    for (; i + 8 <= n; i += 8) {
        if (Utf16Lanes::bits(Utf16Lanes::inRange(Utf16Lanes::load(units + i), 0xD800, 0xDFFF)))
            return true;
    }
#endif
    for (; i < n; ++i) {
        if ((units[i] & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

// The valid text of this thread's innermost ValidText; both null when there is none (or it was
// not valid).
thread_local const QChar *t_begin = nullptr;
thread_local const QChar *t_end = nullptr;

} // namespace

ValidText::ValidText(const QString &text)
    : m_text(text)
    , m_outerBegin(t_begin)
    , m_outerEnd(t_end)
{
    // An inner scope over the buffer an outer scope found valid need not check it again.
    const bool known = m_outerBegin && m_outerBegin == m_text.constData() &&
                       m_outerEnd == m_text.constData() + m_text.size();
    const bool valid = known || !holdsSurrogates(m_text) || QStringView(m_text).isValidUtf16();
    t_begin = valid ? m_text.constData() : nullptr;
    t_end = valid ? m_text.constData() + m_text.size() : nullptr;
}

ValidText::~ValidText()
{
    t_begin = m_outerBegin;
    t_end = m_outerEnd;
}

QRegularExpression::MatchOptions optionsFor(QStringView subject)
{
    const QChar *begin = subject.data();
    const QChar *end = begin + subject.size();
    const std::less<const QChar *> before; // a total order, for pointers into other arrays too
    const bool inside = t_begin && !before(begin, t_begin) && !before(t_end, end);
    // A view into valid text is valid unless it opens on the second half of a pair or closes
    // on the first.
    const bool whole = subject.isEmpty() ||
                       (!subject.front().isLowSurrogate() && !subject.back().isHighSurrogate());
    return inside && whole ? QRegularExpression::DontCheckSubjectStringMatchOption
                           : QRegularExpression::NoMatchOption;
}

} // namespace SubjectCheck
