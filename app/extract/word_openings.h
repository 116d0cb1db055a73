// Extraction stage support: the places in a text where a word opens, as IndexedAlternation reads
// them for its patterns' openings — an ASCII letter, digit or '_' after a character that is none
// of those, or ſ or the Kelvin sign (which a caseless pattern takes for s and k) after anything.
//
// A clause is read this way a dozen times (once for each table of patterns), so eight
// characters are looked at together where the processor can (SSE2, which every x86-64 has).
#pragma once

#include "app/corpus/utf16_lanes.h"

#include <QStringView>

#include <bit>

// A lambda called for every opening is inlined where it is called (twice, which GCC otherwise
// declines).
#if defined(__GNUC__)
#define PE_ALWAYS_INLINE __attribute__((always_inline))
#else
#define PE_ALWAYS_INLINE
#endif

namespace WordOpenings {

// Whether `u` is an ASCII letter, digit or '_'.
inline bool isAsciiWordCharacter(char16_t u)
{
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
}

inline bool isCaselessLetterOutsideAscii(char16_t u)
{
    return u == 0x017F || u == 0x212A; // ſ, the Kelvin sign
}

// Calls opening(place) for each place where a word opens, left to right, until it returns true;
// true when one did.
template <typename Opening> bool forEach(QStringView text, Opening opening)
{
    const char16_t *units = text.utf16();
    const qsizetype n = text.size();
    bool wordBefore = false; // the character before the place reached is an ASCII word character
    qsizetype at = 0;
#if defined(__SSE2__)
    using namespace Utf16Lanes;
    for (; at + 8 <= n; at += 8) {
        const __m128i u = load(units + at);
        const __m128i word = asciiWordCharacters(u);
        const __m128i outside = _mm_or_si128(equal(u, 0x017F), equal(u, 0x212A));
        // Each lane's character before: the lane below, and for the first the block's before.
        __m128i before = _mm_slli_si128(word, 2);
        if (wordBefore)
            before = _mm_or_si128(before, _mm_setr_epi16(-1, 0, 0, 0, 0, 0, 0, 0));
        const __m128i opens = _mm_or_si128(_mm_andnot_si128(before, word), outside);
        unsigned mask = unsigned(_mm_movemask_epi8(_mm_packs_epi16(opens, _mm_setzero_si128())));
        wordBefore = (bits(word) >> 14) & 1;
        for (; mask != 0; mask &= mask - 1) {
            if (opening(at + std::countr_zero(mask)))
                return true;
        }
    }
#endif
    for (; at < n; ++at) {
        const char16_t u = units[at];
        const bool word = isAsciiWordCharacter(u);
        const bool opens = (word && !wordBefore) || isCaselessLetterOutsideAscii(u);
        wordBefore = word;
        if (opens && opening(at))
            return true;
    }
    return false;
}

} // namespace WordOpenings
