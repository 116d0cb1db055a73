// A PDF's lines joined into paragraphs (PdfText::joinLines), on lines as Poppler gives them.
#include "app/import/pdf_text.h"

#include <gtest/gtest.h>

namespace {

const QString kBodyLine1 =
    QStringLiteral("ASTANA — Kazakhstan has not joined the Western sanctions against Russia, the");
const QString kBodyLine2 =
    QStringLiteral("foreign ministry said on 2 March 2022. It will keep trading with its large");

} // namespace

TEST(PdfText, AShortLineThatEndsNoSentenceIsAParagraphOfItsOwn)
{
    const QString text = PdfText::joinLines(
        {QStringLiteral("Kazakhstan keeps its distance"), QStringLiteral("Astana, 3 March 2022"),
         kBodyLine1, kBodyLine2, QStringLiteral("neighbour, officials said.")});
    EXPECT_EQ(text, QStringLiteral("Kazakhstan keeps its distance\n\nAstana, 3 March 2022\n\n") +
                        kBodyLine1 + QLatin1Char(' ') + kBodyLine2 +
                        QStringLiteral(" neighbour, officials said.\n\n"));
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
