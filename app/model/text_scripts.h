// app/model: which texts need an OpenType shaper to be drawn right: not those in scripts drawn a
// glyph a character (Latin, Cyrillic, …); the window skips the shaper while none does.
#pragma once

#include <QStringView>

class ArticleText;

namespace TextScripts {

// Latin, Greek, Cyrillic, Armenian and Georgian letters, CJK ideographs and kana, digits,
// punctuation and symbols need none. Arabic joins its letters; Hebrew, Indic and South-East
// Asian scripts place marks, reorder and stack; a combining mark sits on its letter; emoji and
// the rest beyond the BMP, joiners and variation selectors make sequences.
bool needsShaping(char32_t codePoint);
bool needsShaping(QStringView text);
// Of a compact text only the units kept aside (above U+00FF) are looked at.
bool needsShaping(const ArticleText &text);

} // namespace TextScripts
