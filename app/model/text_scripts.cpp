#include "app/model/text_scripts.h"

#include "app/corpus/article_text.h"

#include <QChar>

namespace TextScripts {

namespace {

// Scripts whose letters are drawn one glyph a character, each on its own.
bool isDrawnAsWritten(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Common:
    case QChar::Script_Latin:
    case QChar::Script_Greek:
    case QChar::Script_Cyrillic:
    case QChar::Script_Armenian:
    case QChar::Script_Georgian:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return true;
    default:
        return false;
    }
}

// The ranges met most, answered without looking the character up: Latin-1, Latin Extended-A
// and -B, IPA and spacing modifiers; Cyrillic letters (not its combining marks, U+0483–0489);
// dashes, quotes, bullets and the like (not the fraction slash, U+2044, which a shaper builds
// fractions around).
bool isCommonlyPlain(char32_t c)
{
    return c < 0x0300 || (c >= 0x0400 && c <= 0x0482) || (c >= 0x048A && c <= 0x052F) ||
           (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x2043) ||
           (c >= 0x2045 && c <= 0x205E);
}

} // namespace

bool needsShaping(char32_t codePoint)
{
    if (isCommonlyPlain(codePoint))
        return false;
    // Beyond the BMP (emoji with their flags, skin tones and families; rarer ideographs), a lone
    // surrogate and the fraction slash: shaped, to be safe.
    if (codePoint > 0xFFFF || QChar::isSurrogate(codePoint) || codePoint == 0x2044)
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing: // variation selectors among them
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        break;
    }
    // Joiners (U+200C, U+200D) are of the Inherited script, which isDrawnAsWritten refuses.
    return !isDrawnAsWritten(QChar::script(codePoint));
}

bool needsShaping(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t codePoint = text[i].unicode();
        if (QChar::isHighSurrogate(codePoint) && i + 1 < text.size() &&
            text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (needsShaping(codePoint))
            return true;
    }
    return false;
}

bool needsShaping(const ArticleText &text)
{
    // A pair of surrogates is kept aside whole, its halves side by side.
    return needsShaping(text.isCompact() ? text.unitsKeptAside() : QStringView(text.utf16()));
}

} // namespace TextScripts
