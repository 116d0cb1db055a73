// ui: how the application lays out its text. Text in the scripts most articles are written in
// (Latin, Cyrillic, …; app/corpus/text_scripts.h) needs no OpenType shaping: its glyphs come
// from the font's character map, kerned by its kern table. Skipping the shaper
// (QFont::PreferNoShaping) halves the cost of laying out text, the largest part of the window's
// first paint (docs/PERFORMANCE_CHANGES_2.md, section 31). Qt itself still shapes Indic scripts
// under that flag, but not Arabic, Hebrew marks, Thai or emoji sequences: so the window skips
// the shaper only while nothing it can show needs it, and always shapes what a user types.
#pragma once

namespace TextRendering {

// Once the QApplication is made: the application's text skips the shaper until follow() says
// otherwise, and every line edit and editable text box is shaped whatever follow() says.
void install();
// Skips the shaper when `needsShaping` is false, shapes again when it is true. Every widget,
// document and chart follows, and fonts derived from theirs (bold, larger) too.
void follow(bool needsShaping);
// Whether the application's text skips the shaper now.
bool skipsShaping();

} // namespace TextRendering
