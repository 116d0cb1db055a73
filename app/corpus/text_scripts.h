// Corpus stage: which texts need an OpenType shaper to be drawn right. Letters of the Latin,
// Greek, Cyrillic, Armenian and Georgian scripts, CJK ideographs and kana, digits, punctuation
// and symbols are drawn a glyph a character. Other scripts are not: Arabic joins its letters,
// Hebrew and Indic and South-East Asian scripts place marks, reorder and stack; a combining
// mark sits on its base letter; emoji beyond the BMP, joiners and variation selectors make
// sequences. The window skips the shaper while no text it can show needs it
// (ui/style/text_rendering.h).
#pragma once

#include <QStringView>

class ArticleText;

namespace TextScripts {

bool needsShaping(char32_t codePoint);
bool needsShaping(QStringView text);
// On a compact text only the few code units above U+00FF are looked at: Latin-1 needs none.
bool needsShaping(const ArticleText &text);

} // namespace TextScripts
