#include "app/corpus/json_lines.h"

#include <gtest/gtest.h>

TEST(JsonLines, FindsTheLineOfEachArrayElement)
{
    const QByteArray json = "{\n  \"other\": [1, 2],\n  \"claims\": [\n    {\"a\": "
                            "\"[}\\\"\"},\n\n    {\"b\": [1,\n 2]},\n    {\"c\": 3}\n  ]\n}";
    EXPECT_EQ(JsonLines::elementLines(json, QStringLiteral("claims")), (QVector<int>{4, 6, 8}));
}

TEST(JsonLines, ElementsOnOneLine)
{
    EXPECT_EQ(JsonLines::elementLines("{\"claims\": [{}, {}, {}]}", QStringLiteral("claims")),
              (QVector<int>{1, 1, 1}));
    EXPECT_TRUE(JsonLines::elementLines("{\"claims\": []}", QStringLiteral("claims")).isEmpty());
}
