// ui: the application's text skips the OpenType shaper while nothing the document can show
// needs one (docs/PERFORMANCE_CHANGES_2.md, section 31).
#pragma once

namespace TextRendering {

// Once the QApplication is made: the application's font skips the shaper (QFont::
// PreferNoShaping), keeping the desktop's fonts for menus, tooltips and the rest. What does
// not come from the document is always shaped: what a user types (line edits, editable text
// boxes), dialogs (file names, messages), the status bar, menus and tooltips.
void install();
// Shapes the application's text again when `needed`, skips the shaper when not. Every widget
// and rich text follows, with the fonts they derive (bold, larger); Qt Charts' titles and
// labels keep their own fonts, always shaped.
void setShapingNeeded(bool needed);
// The strategy given again to the desktop's class fonts, after something set them anew (a
// style set: Theme::apply calls it).
void applyAgain();
// Whether the application's text skips the shaper now.
bool skipsShaping();

} // namespace TextRendering
