#include "app/corpus/pcre_pattern.h"

#include "app/corpus/subject_check.h"

#include <QtGlobal>

#include <algorithm>
#include <iterator>

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace {

// QRegularExpression's pattern options as PCRE2's (Qt adds PCRE2_UTF to every pattern).
quint32 compileOptions(QRegularExpression::PatternOptions options)
{
    quint32 pcre = PCRE2_UTF;
    if (options & QRegularExpression::CaseInsensitiveOption)
        pcre |= PCRE2_CASELESS;
    if (options & QRegularExpression::DotMatchesEverythingOption)
        pcre |= PCRE2_DOTALL;
    if (options & QRegularExpression::MultilineOption)
        pcre |= PCRE2_MULTILINE;
    if (options & QRegularExpression::ExtendedPatternSyntaxOption)
        pcre |= PCRE2_EXTENDED;
    if (options & QRegularExpression::InvertedGreedinessOption)
        pcre |= PCRE2_UNGREEDY;
    if (options & QRegularExpression::DontCaptureOption)
        pcre |= PCRE2_NO_AUTO_CAPTURE;
    if (options & QRegularExpression::UseUnicodePropertiesOption)
        pcre |= PCRE2_UCP;
    return pcre;
}

pcre2_code *codeOf(const std::shared_ptr<void> &code)
{
    return static_cast<pcre2_code *>(code.get());
}

// What a thread matches with: one match data for every pattern (room for the most groups), and a
// JIT stack of up to 512 KB, the most QRegularExpression gives a match.
struct ThreadMatching {
    ThreadMatching()
        : data(pcre2_match_data_create(PcreMatch::kMostGroups, nullptr))
        , context(pcre2_match_context_create(nullptr))
        , stack(pcre2_jit_stack_create(32 * 1024, 512 * 1024, nullptr))
    {
        if (context && stack)
            pcre2_jit_stack_assign(context, nullptr, stack);
    }
    ~ThreadMatching()
    {
        pcre2_jit_stack_free(stack);
        pcre2_match_context_free(context);
        pcre2_match_data_free(data);
    }
    ThreadMatching(const ThreadMatching &) = delete;
    ThreadMatching &operator=(const ThreadMatching &) = delete;

    pcre2_match_data *data;
    pcre2_match_context *context;
    pcre2_jit_stack *stack;
};

ThreadMatching &threadMatching()
{
    thread_local ThreadMatching matching;
    return matching;
}

} // namespace

qsizetype PcreMatch::offset(int group, int end) const
{
    if (group < 0 || group >= m_capturedCount)
        return -1;
    return m_offsets[std::size_t(2 * group + end)];
}

qsizetype PcreMatch::capturedLength(int group) const
{
    return capturedEnd(group) - capturedStart(group);
}

QStringView PcreMatch::capturedView(int group) const
{
    const qsizetype start = capturedStart(group);
    if (start < 0)
        return {};
    return m_subject.mid(start, capturedEnd(group) - start);
}

PcreMatchIterator::PcreMatchIterator(const PcrePattern &pattern, PcreMatch first)
    : m_pattern(&pattern)
    , m_next(first)
{}

PcreMatch PcreMatchIterator::next()
{
    const PcreMatch current = m_next;
    if (!current.hasMatch())
        return current;
    // The subject was checked (or known valid) for the first match: the rest are not checked.
    const QStringView subject = current.m_subject;
    qsizetype from = current.capturedEnd();
    if (current.capturedStart() != from) {
        m_next = m_pattern->run(subject, from, 0, PcrePattern::Check::Never);
        return current;
    }
    // After an empty match: a match that is not empty at the same place, else one character on
    // (a CR LF at once where it is a newline, a surrogate pair whole).
    m_next = m_pattern->run(subject, from, PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED,
                            PcrePattern::Check::Never);
    if (m_next.hasMatch() || m_next.m_failed)
        return current; // (an error ends the matches, as Qt's do)
    ++from;
    if (m_pattern->m_crLfNewlines && from < subject.size() && subject.at(from - 1) == u'\r' &&
        subject.at(from) == u'\n')
        ++from;
    else if (from < subject.size() && subject.at(from).isLowSurrogate())
        ++from;
    m_next = m_pattern->run(subject, from, 0, PcrePattern::Check::Never);
    return current;
}

PcrePattern::PcrePattern(const QString &pattern, QRegularExpression::PatternOptions options)
{
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                      compileOptions(options), &error, &errorOffset, nullptr);
    if (!code) {
        char16_t message[256] = {};
        const int length = pcre2_get_error_message(error, reinterpret_cast<PCRE2_UCHAR *>(message),
                                                   std::size(message));
        m_error = QStringLiteral("%1 at offset %2")
                      .arg(QString::fromUtf16(message, std::max(length, 0)))
                      .arg(errorOffset);
        qWarning("PcrePattern: \"%ls\": %ls", qUtf16Printable(pattern), qUtf16Printable(m_error));
        return;
    }
    pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
    quint32 groups = 0;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &groups);
    if (groups >= quint32(PcreMatch::kMostGroups)) {
        qWarning("PcrePattern: \"%ls\" has %u groups; only the first %d are kept",
                 qUtf16Printable(pattern), groups, PcreMatch::kMostGroups - 1);
    }
    // As Qt reads it: the pattern's own newline, else PCRE2's default.
    quint32 newline = 0;
    if (pcre2_pattern_info(code, PCRE2_INFO_NEWLINE, &newline) != 0)
        pcre2_config(PCRE2_CONFIG_NEWLINE, &newline);
    m_crLfNewlines = newline == PCRE2_NEWLINE_CRLF || newline == PCRE2_NEWLINE_ANY ||
                     newline == PCRE2_NEWLINE_ANYCRLF;
    m_code =
        std::shared_ptr<void>(code, [](void *c) { pcre2_code_free(static_cast<pcre2_code *>(c)); });
}

PcrePattern::Knowledge PcrePattern::knowledgeOf(const QString &pattern,
                                                QRegularExpression::PatternOptions options)
{
    Knowledge known;
    int error = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                      compileOptions(options), &error, &errorOffset, nullptr);
    if (!code)
        return known;
    quint32 firstType = 0;
    const quint8 *firstBitmap = nullptr;
    quint32 lastType = 0;
    quint32 highestReference = 0;
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &firstType);
    pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &firstBitmap);
    pcre2_pattern_info(code, PCRE2_INFO_LASTCODETYPE, &lastType);
    pcre2_pattern_info(code, PCRE2_INFO_BACKREFMAX, &highestReference);
    known.opensWithKnownUnits = firstType == 1 || firstBitmap != nullptr; // 2: a line's start
    known.holdsAKnownUnit = lastType == 1;
    known.refersBack = highestReference > 0;
    pcre2_code_free(code);
    return known;
}

PcreMatch PcrePattern::run(QStringView subject, qsizetype from, quint32 options, Check check) const
{
    PcreMatch found;
    found.m_subject = subject;
    const qsizetype size = subject.size();
    if (from < 0)
        from += size; // as Qt counts a negative offset
    if (!m_code || from < 0 || from > size)
        return found;
    if (check == Check::Never) {
        options |= PCRE2_NO_UTF_CHECK;
    } else {
        // PCRE2 needs an unchecked start at a character's first unit.
        const bool startSplitsAPair = from > 0 && from < size && subject.at(from).isLowSurrogate();
        if (!startSplitsAPair && (SubjectCheck::optionsFor(subject) &
                                  QRegularExpression::DontCheckSubjectStringMatchOption))
            options |= PCRE2_NO_UTF_CHECK;
    }
    static const char16_t nothing = 0; // PCRE2 takes no null subject, even an empty one
    const char16_t *units = subject.isNull() ? &nothing : subject.utf16();
    ThreadMatching &matching = threadMatching();
    const int result =
        pcre2_match(codeOf(m_code), reinterpret_cast<PCRE2_SPTR>(units), PCRE2_SIZE(size),
                    PCRE2_SIZE(from), options, matching.data, matching.context);
    if (result < 0) {
        found.m_failed = result != PCRE2_ERROR_NOMATCH; // a subject not valid UTF-16, a limit
        return found;
    }
    // 0: more groups than the match data holds; those it holds are set.
    found.m_capturedCount = result == 0 ? PcreMatch::kMostGroups : result;
    const PCRE2_SIZE *offsets = pcre2_get_ovector_pointer(matching.data);
    for (int i = 0; i < 2 * found.m_capturedCount; ++i) {
        found.m_offsets[std::size_t(i)] =
            offsets[i] == PCRE2_UNSET ? qsizetype(-1) : qsizetype(offsets[i]);
    }
    return found;
}

PcreMatch PcrePattern::match(QStringView subject, qsizetype from) const
{
    return run(subject, from, 0, Check::AsSubjectCheckSays);
}

PcreMatch PcrePattern::matchAt(QStringView subject, qsizetype at) const
{
    return run(subject, at, PCRE2_ANCHORED, Check::AsSubjectCheckSays);
}

PcreMatchIterator PcrePattern::globalMatch(QStringView subject) const &
{
    return PcreMatchIterator(*this, match(subject));
}
