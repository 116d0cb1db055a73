#include "app/corpus/text_digest.h"

#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#define PE_SHA_EXTENSIONS 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace {

#ifdef PE_SHA_EXTENSIONS

// FIPS 180-4, 4.2.2: the round constants, four to a group of rounds.
alignas(16) constexpr std::uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

// FIPS 180-4, 5.3.3: the initial hash value.
constexpr std::array<std::uint32_t, 8> kInitialHash = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

bool processorHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

// Runs `count` 64-byte blocks through the compression function. The extensions keep the eight
// working variables as two vectors, (A, B, E, F) and (C, D, G, H); sha256rnds2 does two rounds,
// sha256msg1 and sha256msg2 extend the message schedule four words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void
compressWithExtensions(std::array<std::uint32_t, 8> &hash, const unsigned char *blocks,
                       std::size_t count)
{
    // The words are big-endian: each 32-bit lane's bytes are reversed on loading.
    const __m128i byteOrder = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&hash[0]));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&hash[4]));
    dcba = _mm_shuffle_epi32(dcba, 0xB1);             // lanes B A D C
    hgfe = _mm_shuffle_epi32(hgfe, 0x1B);             // lanes H G F E
    __m128i abef = _mm_alignr_epi8(dcba, hgfe, 8);    // lanes F E B A
    __m128i cdgh = _mm_blend_epi16(hgfe, dcba, 0xF0); // lanes H G D C

    for (std::size_t b = 0; b < count; ++b, blocks += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w[4]; // the schedule's last sixteen words, four groups of four
        for (int group = 0; group < 16; ++group) {
            __m128i &words = w[group % 4];
            if (group < 4) {
                words = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(blocks + 16 * group)),
                    byteOrder);
            } else {
                // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four words at once.
                __m128i next = _mm_sha256msg1_epu32(words, w[(group - 3) % 4]);
                next =
                    _mm_add_epi32(next, _mm_alignr_epi8(w[(group - 1) % 4], w[(group - 2) % 4], 4));
                words = _mm_sha256msg2_epu32(next, w[(group - 1) % 4]);
            }
            __m128i sums = _mm_add_epi32(words, _mm_load_si128(reinterpret_cast<const __m128i *>(
                                                    &kRoundConstants[4 * group])));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sums); // two rounds: the new A, B, E, F
            sums = _mm_shuffle_epi32(sums, 0x0E);           // the group's other two words
            abef = _mm_sha256rnds2_epu32(abef, cdgh, sums); // and two more
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B); // lanes A B E F
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1); // lanes G H C D
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);           // lanes A B C D
    hgfe = _mm_alignr_epi8(dchg, feba, 8);              // lanes E F G H
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&hash[0]), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&hash[4]), hgfe);
}

QByteArray sha256HexWithExtensions(QByteArrayView bytes)
{
    std::array<std::uint32_t, 8> hash = kInitialHash;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const std::size_t size = std::size_t(bytes.size());
    const std::size_t whole = size / 64;
    compressWithExtensions(hash, data, whole);

    // FIPS 180-4, 5.1.1: the rest, a one bit, zeros and the length in bits (big-endian) fill
    // one or two last blocks.
    unsigned char last[128] = {};
    const std::size_t rest = size - whole * 64;
    if (rest > 0)
        std::memcpy(last, data + whole * 64, rest);
    last[rest] = 0x80;
    const std::size_t lastBlocks = rest + 1 + 8 <= 64 ? 1 : 2;
    const std::uint64_t bits = std::uint64_t(size) * 8;
    for (int i = 0; i < 8; ++i)
        last[lastBlocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compressWithExtensions(hash, last, lastBlocks);

    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(hash[std::size_t(i)] >> (24 - 8 * j));
    }
    return digest.toHex();
}

#endif // PE_SHA_EXTENSIONS

} // namespace

namespace TextDigest {

bool usesShaExtensions()
{
#ifdef PE_SHA_EXTENSIONS
    static const bool has = processorHasShaExtensions();
    return has;
#else
    return false;
#endif
}

QByteArray sha256HexPortable(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray sha256Hex(QByteArrayView bytes)
{
#ifdef PE_SHA_EXTENSIONS
    if (usesShaExtensions())
        return sha256HexWithExtensions(bytes);
#endif
    return sha256HexPortable(bytes);
}

QByteArray textSha256Hex(const QString &text)
{
    return sha256Hex(QByteArrayView(text.toUtf8()));
}

} // namespace TextDigest
