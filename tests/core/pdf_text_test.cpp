// A PDF's lines joined into paragraphs (PdfText::joinLines), on lines as Poppler gives them.
#include "app/import/pdf_text.h"

#include <gtest/gtest.h>

namespace {

const QString kBodyLine1 =
    QStringLiteral("ASTANA — Kazakhstan has not joined the Western sanctions against Russia, the");
const QString kBodyLine2 =
    QStringLiteral("foreign ministry said on 2 March 2022. It will keep trading with its large");
const QString kBodyLine3 =
    QStringLiteral("and old neighbour to the north, whatever the Western capitals may say of it,");

} // namespace

TEST(PdfText, AShortLineThatEndsNoSentenceIsAParagraphOfItsOwn)
{
    const QString text = PdfText::joinLines(
        {QStringLiteral("Kazakhstan keeps its distance"), QStringLiteral("Astana, 3 March 2022"),
         kBodyLine1, kBodyLine2, kBodyLine3, QStringLiteral("neighbour, officials said.")});
    const QString expected =
        QStringLiteral("Kazakhstan keeps its distance\n\nAstana, 3 March 2022\n\n") + kBodyLine1 +
        QLatin1Char(' ') + kBodyLine2 + QLatin1Char(' ') + kBodyLine3 +
        QStringLiteral(" neighbour, officials said.\n\n");
    EXPECT_EQ(text.toStdString(), expected.toStdString());
}

TEST(PdfText, AShortLineInsideAParagraphOrBeforeALowerCaseOneIsJoined)
{
    // The short last line of a wrapped sentence goes on with the next line.
    EXPECT_EQ(PdfText::joinLines(
                  {kBodyLine1, QStringLiteral("foreign ministry"), QStringLiteral("Said so.")}),
              kBodyLine1 + QStringLiteral(" foreign ministry Said so.\n\n"));
    // A short first line whose sentence goes on in lower case.
    EXPECT_EQ(PdfText::joinLines({QStringLiteral("In a statement"),
                                  QStringLiteral("on 2 March, Kazakhstan said it would stay out."),
                                  kBodyLine1}),
              QStringLiteral("In a statement on 2 March, Kazakhstan said it would stay out.\n\n") +
                  kBodyLine1 + QStringLiteral("\n\n"));
}

TEST(PdfText, LinesAreShortAgainstMostLinesNotAgainstAPageWideTitle)
{
    // Two columns under a title across the page: a column's first line is a column wide.
    const QString title = QStringLiteral(
        "Central Asia and the war: how five capitals answered Moscow in the first weeks");
    const QString text = PdfText::joinLines(
        {title, QString(), QStringLiteral("The foreign ministry of"),
         QStringLiteral("Kazakhstan said on 2"), QStringLiteral("March that it would not"),
         QStringLiteral("recognise the republics.")});
    EXPECT_EQ(text.toStdString(),
              QString(title + QStringLiteral("\n\nThe foreign ministry of Kazakhstan said on 2 "
                                             "March that it would not recognise the "
                                             "republics.\n\n"))
                  .toStdString());
}
