// The source viewer opens an article of megabytes in one paragraph, with tens of thousands of
// mentions, as it opens any other: a trial froze the window for 37 seconds on one, marking every
// mention at once and laying the whole line out before drawing any of it. A selection to code is
// the words, without the spaces at its ends.
#include "app/model/document_model_builder.h"
#include "ui/panes/source_viewer.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <gtest/gtest.h>

namespace {

const QString kSentence = QStringLiteral("Kazakhstan abstained on 2 March 2022. ");
constexpr int kRepeats = 20000; // one line of 780,000 characters, 20,000 mentions

// The built-in corpus left out, one article: kSentence kRepeats times, in one line.
DocumentModelPtr oneLongLine(const QTemporaryDir &dir)
{
    QFile file(dir.filePath(QStringLiteral("long-line.txt")));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kSentence.repeated(kRepeats).toUtf8());
    file.close();
    return DocumentModelBuilder::build(CorpusOptions(false, {dir.path()}));
}

// The highlighted spans of the viewer's text, each as its text.
QStringList highlighted(const SourceViewer &viewer)
{
    QStringList texts;
    for (const QTextEdit::ExtraSelection &s : viewer.textView()->extraSelections()) {
        if (s.format.hasProperty(QTextFormat::BackgroundBrush))
            texts.append(s.cursor.selectedText());
    }
    return texts;
}

} // namespace

TEST(SourceViewer, TheTextShownKeepsEveryOffsetAndBreaksOnlyOverlongLines)
{
    const QString ordinary = QStringLiteral("A short line.\r\nAnother line\nand a third.");
    const QString shownOrdinary = SourceViewer::shownText(ordinary);
    EXPECT_EQ(shownOrdinary, QString(ordinary).replace(QLatin1Char('\r'), QLatin1Char(' ')));

    const QString line = kSentence.repeated(kRepeats);
    const QString shown = SourceViewer::shownText(line);
    ASSERT_EQ(shown.size(), line.size());
    qsizetype breaks = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (shown.at(i) == line.at(i))
            continue;
        EXPECT_EQ(line.at(i), QLatin1Char(' ')) << i; // only a space becomes a line break
        EXPECT_EQ(shown.at(i), QLatin1Char('\n')) << i;
        ++breaks;
    }
    EXPECT_GE(breaks, line.size() / (SourceViewer::kLongestLine + kSentence.size()));
    for (const QString &piece : shown.split(QLatin1Char('\n')))
        EXPECT_LE(piece.size(), SourceViewer::kLongestLine + kSentence.size());
}

TEST(SourceViewer, AnArticleOfTensOfThousandsOfMentionsHighlightsThoseInView)
{
    QTemporaryDir dir;
    const DocumentModelPtr model = oneLongLine(dir);
    ASSERT_EQ(model->articles.size(), 1);
    SourceViewer viewer;
    viewer.resize(500, 600);
    viewer.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&viewer));
    viewer.setDocument(model);
    viewer.setCountry(QStringLiteral("KAZ"));
    QTest::qWait(0); // (the highlights that follow a scroll are made when the events are done)

    // The text shown is the article's, offset for offset, in lines the view lays out one by one.
    QPlainTextEdit *text = viewer.textView();
    EXPECT_EQ(text->document()->characterCount() - 1, model->articles.first().text.size());
    EXPECT_GT(text->document()->blockCount(), 1);

    // The mentions in view are highlighted, each on the country's name; not all 20,000.
    QStringList shown = highlighted(viewer);
    ASSERT_FALSE(shown.isEmpty());
    EXPECT_LT(shown.size(), kRepeats / 10);
    for (const QString &name : shown)
        EXPECT_EQ(name, QStringLiteral("Kazakhstan"));
    const QTextCursor firstInView = text->cursorForPosition(QPoint(0, 0));
    EXPECT_LT(firstInView.position(), 2 * kSentence.size()); // the article opened at its top

    // Scrolled to its end: the last mention is highlighted there.
    text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
    QTest::qWait(0);
    const qsizetype lastMention = model->articles.first().text.size() - kSentence.size();
    bool lastHighlighted = false;
    for (const QTextEdit::ExtraSelection &s : text->extraSelections())
        lastHighlighted = lastHighlighted || s.cursor.selectionStart() == lastMention;
    EXPECT_TRUE(lastHighlighted);
    shown = highlighted(viewer);
    EXPECT_LT(shown.size(), kRepeats / 10);

    // A span far down selects exactly its words.
    const qsizetype start = lastMention - 100 * kSentence.size();
    viewer.showSpan({model->articles.first().id, start, start + kSentence.size() - 1});
    EXPECT_EQ(text->textCursor().selectedText(), kSentence.trimmed());

    // Words selected across a line the view broke are the article's: a space, no line break.
    const QString article = model->articles.first().text.toString();
    const qsizetype broken = SourceViewer::shownText(article).indexOf(QLatin1Char('\n'));
    ASSERT_GT(broken, 0);
    QTextCursor across(text->document());
    across.setPosition(int(broken - 10));
    across.setPosition(int(broken + 10), QTextCursor::KeepAnchor);
    text->setTextCursor(across);
    EXPECT_EQ(viewer.selectedText(), article.mid(broken - 10, 20));
}

TEST(SourceViewer, ASelectionIsTheWordsWithoutTheSpacesAtItsEnds)
{
    // A first-time user selected a sentence with the space after it; the claim's quote kept
    // the space ("…position either. ").
    QTemporaryDir dir;
    const DocumentModelPtr model = oneLongLine(dir);
    SourceViewer viewer;
    viewer.setDocument(model);
    QPlainTextEdit *text = viewer.textView();
    const qsizetype second = kSentence.size(); // the second sentence, a space before it
    QTextCursor cursor(text->document());
    cursor.setPosition(int(second - 1));
    cursor.setPosition(int(second + kSentence.size()), QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    const TextSpan span = viewer.selectedSpan();
    EXPECT_EQ(span.start, second);
    EXPECT_EQ(span.end, second + kSentence.trimmed().size());
    EXPECT_EQ(model->articles.first().quote(span), kSentence.trimmed());
    // Only spaces: nothing to code.
    cursor.setPosition(int(second - 1));
    cursor.setPosition(int(second), QTextCursor::KeepAnchor);
    text->setTextCursor(cursor);
    EXPECT_EQ(viewer.selectedSpan().length(), 0);
}
