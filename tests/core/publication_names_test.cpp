#include "app/corpus/publication_names.h"

#include <QFile>

#include <gtest/gtest.h>

TEST(PublicationNames, TheBuiltInWordsParseWithoutAProblem)
{
    Problems problems;
    const PublicationNames names = PublicationNames::builtin(&problems);
    EXPECT_TRUE(problems.isEmpty()) << problems.first().message.toStdString();
    EXPECT_TRUE(names.isPublicationWord(QStringLiteral("Observer")));
    EXPECT_FALSE(names.isPublicationWord(QStringLiteral("observer"))); // as written
}

TEST(PublicationNames, ANameIsAPublicationsByItsLastWord)
{
    Problems problems;
    const auto names = PublicationNames::fromJson(R"({"words": ["Observer", "Daily"]})",
                                                  QStringLiteral("words.json"), &problems);
    EXPECT_TRUE(names.isPublication(QStringLiteral("Astana Observer")));
    EXPECT_TRUE(names.isPublication(QStringLiteral("Dniester Daily ")));
    EXPECT_FALSE(names.isPublication(QStringLiteral("Observer"))); // a word alone is no name
    EXPECT_FALSE(names.isPublication(QStringLiteral("Observer Astana")));
    EXPECT_FALSE(names.isPublication(QString()));
}

TEST(PublicationNames, TheWordAfterATermEndsThePublicationsName)
{
    Problems problems;
    const auto names = PublicationNames::fromJson(R"({"words": ["Observer"]})",
                                                  QStringLiteral("words.json"), &problems);
    const QString text = QStringLiteral("the Astana Observer said");
    const qsizetype afterAstana = text.indexOf(QLatin1Char(' '), 4);
    EXPECT_EQ(names.publicationWordEnd(text, afterAstana), text.indexOf(QStringLiteral(" said")));
    EXPECT_EQ(names.publicationWordEnd(QStringLiteral("Astana Observers"), 6), -1);
    EXPECT_EQ(names.publicationWordEnd(QStringLiteral("Astana  Observer"), 6), -1);
    EXPECT_EQ(names.publicationWordEnd(QStringLiteral("Astana"), 6), -1);
    EXPECT_EQ(names.publicationWordEnd(QStringLiteral("Astana Observer-Election"), 6), -1);
}

TEST(PublicationNames, AMalformedFileOrWordIsAProblemNamingTheFile)
{
    Problems problems;
    const auto none =
        PublicationNames::fromJson("{\"words\": [", QStringLiteral("words.json"), &problems);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().file, QStringLiteral("words.json"));
    EXPECT_FALSE(none.isPublication(QStringLiteral("Astana Observer")));
    problems.clear();
    const auto some = PublicationNames::fromJson(R"({"words": ["Daily", "New York", 3]})",
                                                 QStringLiteral("words.json"), &problems);
    EXPECT_EQ(problems.size(), 2); // a phrase and a number are no words
    EXPECT_TRUE(some.isPublication(QStringLiteral("Dniester Daily")));
}
