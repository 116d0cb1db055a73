// The gates before the expressions of EventDating may let a clause through that the expression
// then does not match; they must never turn away one it would match. Checked on every sentence
// of the built-in articles, in upper case, with ſ for s and the Kelvin sign for k (a caseless
// pattern matches those for s and k), and on sentences made to hold each expression's clause.
#include "app/extract/event_dating.h"
#include "app/extract/event_participants.h"
#include "app/extract/indexed_alternation.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList sentencesOfTheBuiltinArticles()
{
    QStringList sentences;
    const QDir folder(QStringLiteral(PE_SOURCE_DIR "/resources/corpus"));
    for (const QString &name : folder.entryList({QStringLiteral("*.txt")})) {
        QFile file(folder.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            sentences += QString::fromUtf8(file.readAll()).split(QLatin1Char('.'));
    }
    return sentences;
}

// Each sentence as it is, in upper case, and with ſ for s and the Kelvin sign for k.
QStringList withOddCase(const QStringList &sentences)
{
    QStringList texts;
    for (const QString &s : sentences) {
        QString odd = s;
        odd.replace(QLatin1Char('s'), QChar(0x017F)).replace(QLatin1Char('k'), QChar(0x212A));
        texts << s << s.toUpper() << odd;
    }
    return texts;
}

} // namespace

TEST(EventDatingGates, NoGateTurnsAwayAClauseItsExpressionMatches)
{
    QStringList sentences = sentencesOfTheBuiltinArticles();
    ASSERT_GT(sentences.size(), 100);
    sentences += {QStringLiteral("Georgia, which was admitted on 3 March, said so"),
                  QStringLiteral("the referendum held on February 27 was annulled"),
                  QStringLiteral("since Russian troops crossed into Ukraine on 24 February"),
                  QStringLiteral("as soon as the talks ended on 1 March"),
                  QStringLiteral("(See special issues of the review)"),
                  QStringLiteral("In this publication we review the month"),
                  QStringLiteral("the two presidents met on 4 March"),
                  QStringLiteral("Both sides spoke to each other"),
                  QStringLiteral("the three republics signed it"),
                  QStringLiteral("The second meeting was held in Belovezh"),
                  QStringLiteral("A similar result was observed")};
    const QStringList texts = withOddCase(sentences);
    const QVector<EventDating::GatedExpression> gated =
        EventDating::gatedExpressions() + EventParticipants::gatedExpressions();
    ASSERT_EQ(gated.size(), 6);
    for (const EventDating::GatedExpression &g : gated) {
        int matched = 0;
        int turnedAway = 0;
        for (const QString &text : texts) {
            const bool through = g.gate->mayMatch(text);
            if (g.expression->match(text).hasMatch()) {
                ++matched;
                ASSERT_TRUE(through) << g.name.toStdString() << ": " << text.toStdString();
            }
            turnedAway += !through;
        }
        EXPECT_GT(matched, 2) << g.name.toStdString() << " matches the texts made for it";
        EXPECT_GT(turnedAway, 0) << g.name.toStdString() << "'s gate turns some text away";
    }
}

// An expression tried only where its gate finds one of its words (anchored there) must find
// every match its global match finds: each of them opens at such a place.
TEST(EventDatingGates, AnExpressionTriedAtItsWordsOpensAtOneOfThem)
{
    const QStringList texts =
        withOddCase(sentencesOfTheBuiltinArticles() +
                    QStringList{
                        QStringLiteral("the referendum held on 27 February"),
                        QStringLiteral("since troops crossed it on 24 May"),
                        QStringLiteral("as soon as the talks ended on 1 March"),
                    });
    int tried = 0;
    for (const EventDating::GatedExpression &g : EventDating::gatedExpressions()) {
        if (!g.opensAtItsWords)
            continue;
        ++tried;
        ASSERT_TRUE(g.gate->knowsEveryOpening()) << g.name.toStdString();
        int matches = 0;
        for (const QString &text : texts) {
            const QVector<qsizetype> places = g.gate->openingPlaces(text);
            for (auto it = g.expression->globalMatch(text); it.hasNext();) {
                const qsizetype start = it.next().capturedStart();
                ++matches;
                ASSERT_TRUE(places.contains(start))
                    << g.name.toStdString() << ": " << text.toStdString() << " at " << start;
            }
        }
        EXPECT_GT(matches, 2) << g.name.toStdString();
    }
    EXPECT_EQ(tried, 2) << "the participle and the subordinate clause";
}
