#include "app/corpus/text_scripts.h"

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

} // namespace

bool needsShaping(char32_t codePoint)
{
    // The ranges met most, answered without looking the character up: Latin-1, Latin
    // Extended-A and -B, IPA and spacing modifiers; Cyrillic letters; dashes, quotes, bullets.
    if (codePoint < 0x0300 || (codePoint >= 0x0400 && codePoint <= 0x0482) ||
        (codePoint >= 0x048A && codePoint <= 0x052F) ||
        (codePoint >= 0x2010 && codePoint <= 0x2027) ||
        (codePoint >= 0x2030 && codePoint <= 0x205E))
        return false;
    // Beyond the BMP: emoji, whose flags, skin tones and families are sequences a shaper joins,
    // and historic scripts.
    if (codePoint > 0xFFFF)
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        break;
    }
    // Joiners and variation selectors are Inherited, which isDrawnAsWritten does not admit.
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
        if (needsShaping(codePoint)) // a lone surrogate too: its script is Unknown
            return true;
    }
    return false;
}

bool needsShaping(const ArticleText &text)
{
    if (!text.isCompact())
        return needsShaping(QStringView(text.utf16()));
    // A surrogate kept aside (half of a character beyond the BMP) counts as needing it.
    return text.anyUnitAboveLatin1([](char16_t unit) { return needsShaping(char32_t(unit)); });
}

} // namespace TextScripts
