// Utf16Lanes: eight UTF-16 units tested together. Every unit from 0 to U+FFFF is tried in every
// lane against what a test of one unit at a time says.
#include "app/corpus/utf16_lanes.h"

#include <gtest/gtest.h>

#include <array>
#include <utility>

#if defined(__SSE2__)

namespace {

// The lanes set for the eight units from `first` (wrapping past U+FFFF), as bits of a byte.
template <typename Test> unsigned lanesOf(unsigned first, Test test)
{
    std::array<char16_t, 8> units{};
    for (unsigned k = 0; k < 8; ++k)
        units[k] = char16_t((first + k * 0x2001) & 0xFFFF); // each lane a different unit
    const unsigned bits = Utf16Lanes::bits(test(Utf16Lanes::load(units.data())));
    unsigned lanes = 0;
    for (unsigned k = 0; k < 8; ++k) {
        const unsigned pair = (bits >> (2 * k)) & 3;
        EXPECT_TRUE(pair == 0 || pair == 3) << "both bytes of a lane, or neither";
        lanes |= pair == 3 ? 1u << k : 0;
    }
    return lanes;
}

unsigned expectedLanes(unsigned first, bool (*test)(char16_t))
{
    unsigned lanes = 0;
    for (unsigned k = 0; k < 8; ++k)
        lanes |= test(char16_t((first + k * 0x2001) & 0xFFFF)) ? 1u << k : 0;
    return lanes;
}

} // namespace

TEST(Utf16Lanes, RangesAndWordCharactersAreThoseOfEachUnit)
{
    const std::pair<char16_t, char16_t> ranges[] = {{'A', 'Z'},       {'0', '9'}, {0x0100, 0xFFFF},
                                                    {0xD800, 0xDFFF}, {0, 0x7F},  {0xFFFF, 0xFFFF}};
    for (unsigned first = 0; first <= 0xFFFF; ++first) {
        for (const auto &[lo, hi] : ranges) {
            const unsigned got =
                lanesOf(first, [&](__m128i u) { return Utf16Lanes::inRange(u, lo, hi); });
            unsigned want = 0;
            for (unsigned k = 0; k < 8; ++k) {
                const unsigned unit = (first + k * 0x2001) & 0xFFFF;
                want |= unit >= lo && unit <= hi ? 1u << k : 0;
            }
            ASSERT_EQ(got, want) << first << " " << unsigned(lo) << "-" << unsigned(hi);
        }
        ASSERT_EQ(lanesOf(first, [](__m128i u) { return Utf16Lanes::asciiWordCharacters(u); }),
                  expectedLanes(first,
                                [](char16_t u) {
                                    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') ||
                                           (u >= '0' && u <= '9') || u == '_';
                                }))
            << first;
        ASSERT_EQ(lanesOf(first, [](__m128i u) { return Utf16Lanes::equal(u, 0x2026); }),
                  expectedLanes(first, [](char16_t u) { return u == 0x2026; }))
            << first;
    }
    EXPECT_EQ(Utf16Lanes::firstLane(0), -1);
    EXPECT_EQ(Utf16Lanes::firstLane(0x3u << 10), 5);
}

#endif
