// TextDigest gives the standard's SHA-256 of a text's UTF-8, on the processor's SHA extensions
// where it has them: the digests of FIPS 180-2's examples, and the same digest as the portable
// computation for every length around the 64-byte blocks and their padding.
#include "app/corpus/text_digest.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace {

QByteArray noise(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

} // namespace

TEST(TextDigest, GivesTheStandardsDigestsOfItsExamples)
{
    // FIPS 180-2, appendix B, and the empty message.
    EXPECT_EQ(TextDigest::sha256Hex(QByteArrayView("abc")),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(TextDigest::sha256Hex(
                  QByteArrayView("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        << "two blocks: the padding does not fit after 56 bytes";
    EXPECT_EQ(TextDigest::sha256Hex(QByteArray(1000000, 'a')),
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    EXPECT_EQ(TextDigest::sha256Hex(QByteArrayView()),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(TextDigest, DigestsATextsUtf8)
{
    // "é" is C3 A9 in UTF-8 (sha256sum of those two bytes), E9 in Latin-1, 00E9 in UTF-16.
    EXPECT_EQ(TextDigest::textSha256Hex(QString(QChar(0x00E9))),
              "4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    EXPECT_EQ(TextDigest::textSha256Hex(QStringLiteral("abc")),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(TextDigest, AgreesWithThePortableDigestAtEveryLengthAroundTheBlocks)
{
    if (!TextDigest::usesShaExtensions())
        GTEST_SKIP() << "this processor has no SHA extensions: only the portable digest runs";
    // 0–200 bytes cross three block boundaries and both paddings (one last block up to 55
    // bytes of rest, two from 56); then a few long ones.
    for (int size = 0; size <= 200; ++size) {
        const QByteArray bytes = noise(size, quint32(size) + 1);
        ASSERT_EQ(TextDigest::sha256Hex(bytes), TextDigest::sha256HexPortable(bytes))
            << size << " bytes";
    }
    for (const int size : {4095, 4096, 65537, 1 << 20}) {
        const QByteArray bytes = noise(size, quint32(size));
        EXPECT_EQ(TextDigest::sha256Hex(bytes), TextDigest::sha256HexPortable(bytes))
            << size << " bytes";
    }
}
