// Corpus and extraction support: eight UTF-16 units looked at together, one to a 16-bit lane,
// where the processor can (SSE2, which every x86-64 has). The readings of every article's text
// that pass over most of its units (line ends, sentence stops, word openings and ends, capitals,
// units above U+00FF, surrogates) share these; each keeps its own loop, and a loop a unit at a
// time for the tail and for a processor without SSE2.
#pragma once

#if defined(__SSE2__)
#include <emmintrin.h>

#include <bit>

namespace Utf16Lanes {

// The eight units from `at` (no alignment needed).
inline __m128i load(const char16_t *at)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
}

// The lanes holding `c`.
inline __m128i equal(__m128i units, char16_t c)
{
    return _mm_cmpeq_epi16(units, _mm_set1_epi16(short(c)));
}

// The lanes from `lo` to `hi` (lo ≤ hi, a range narrower than all 65,536 units): without a
// comparison of unsigned 16-bit lanes, a signed one of (u - lo) ^ 0x8000 against
// (hi - lo + 1) ^ 0x8000.
inline __m128i inRange(__m128i units, char16_t lo, char16_t hi)
{
    const __m128i shifted = _mm_xor_si128(_mm_sub_epi16(units, _mm_set1_epi16(short(lo))),
                                          _mm_set1_epi16(short(0x8000)));
    return _mm_cmplt_epi16(shifted, _mm_set1_epi16(short((hi - lo + 1) ^ 0x8000)));
}

// The lanes holding an ASCII letter, digit or '_' (a letter in either case: with 0x20 set, only
// 'A'–'Z' and 'a'–'z' fall from 'a' to 'z').
inline __m128i asciiWordCharacters(__m128i units)
{
    return _mm_or_si128(_mm_or_si128(inRange(_mm_or_si128(units, _mm_set1_epi16(0x20)), 'a', 'z'),
                                     inRange(units, '0', '9')),
                        equal(units, '_'));
}

// Two bits for each lane set (SSE2 marks bytes), the first lane's lowest.
inline unsigned bits(__m128i lanes)
{
    return unsigned(_mm_movemask_epi8(lanes));
}

// The first lane set, given its bits(); -1 for none.
inline int firstLane(unsigned laneBits)
{
    return laneBits == 0 ? -1 : std::countr_zero(laneBits) / 2;
}

} // namespace Utf16Lanes

#endif
