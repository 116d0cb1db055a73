#include "app/extract/negation.h"

#include <QJsonArray>

namespace {

constexpr qsizetype kWordsLookedBack = 3;

// The lower-case strings of `object[key]`; anything else there is reported.
QStringList wordList(const QJsonObject &object, const QString &key, const QString &fileName,
                     Problems *problems)
{
    QStringList words;
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return words;
    const QJsonArray array = value.toArray();
    bool allStrings = value.isArray();
    for (const QJsonValue &word : array) {
        if (word.isString() && !word.toString().trimmed().isEmpty())
            words.append(word.toString().trimmed().toLower());
        else
            allStrings = false;
    }
    if (!allStrings)
        problems->append({fileName, 0,
                          QStringLiteral("negation's \"%1\" should be a list of words; %2")
                              .arg(key, words.isEmpty() ? QStringLiteral("none is read")
                                                        : QStringLiteral("the rest is skipped"))});
    return words;
}

QSet<QString> wordSet(const QJsonObject &object, const QString &key, const QString &fileName,
                      Problems *problems)
{
    const QStringList words = wordList(object, key, fileName, problems);
    return QSet<QString>(words.cbegin(), words.cend());
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QChar(0x2019) ||
           c == QLatin1Char('-');
}

// The word that ends right before `end` (spaces before `end` skipped): its start, or -1 when
// a mark other than a space comes first (a comma, a bracket, a dash, a quotation mark).
qsizetype wordBefore(QStringView text, qsizetype end)
{
    qsizetype at = end;
    while (at > 0 && text.at(at - 1).isSpace())
        --at;
    qsizetype start = at;
    while (start > 0 && isWordCharacter(text.at(start - 1)))
        --start;
    return start < at ? start : -1;
}

qsizetype wordEnd(QStringView text, qsizetype start)
{
    qsizetype end = start;
    while (end < text.size() && isWordCharacter(text.at(end)))
        ++end;
    return end;
}

// The word that starts after `from` (spaces skipped), or an empty view.
QStringView wordAfter(QStringView text, qsizetype from)
{
    qsizetype start = from;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    return text.sliced(start, wordEnd(text, start) - start);
}

} // namespace

Negation Negation::parse(const QJsonObject &negation, const QString &fileName, Problems *problems)
{
    Negation result;
    result.m_words = wordSet(negation, QStringLiteral("words"), fileName, problems);
    result.m_endings = wordList(negation, QStringLiteral("endings"), fileName, problems);
    result.m_notDenying = wordSet(negation, QStringLiteral("notDenying"), fileName, problems);
    result.m_boundaries = wordSet(negation, QStringLiteral("boundaries"), fileName, problems);
    return result;
}

bool Negation::isDenying(QStringView word) const
{
    const QString lower = word.toString().toLower();
    if (m_words.contains(lower))
        return true;
    for (const QString &ending : m_endings) {
        if (lower.size() > ending.size() && lower.endsWith(ending))
            return true;
    }
    return false;
}

bool Negation::denies(QStringView clause, qsizetype start, qsizetype end) const
{
    if (m_words.isEmpty() && m_endings.isEmpty())
        return false;
    const auto deniesHere = [&](qsizetype wordStart) {
        const qsizetype wordStop = wordEnd(clause, wordStart);
        return isDenying(clause.sliced(wordStart, wordStop - wordStart)) &&
               !m_notDenying.contains(wordAfter(clause, wordStop).toString().toLower());
    };
    // Inside the match: "sent no troops".
    for (qsizetype at = start; at < end;) {
        while (at < end && !isWordCharacter(clause.at(at)))
            ++at;
        if (at >= end)
            break;
        if (deniesHere(at))
            return true;
        at = wordEnd(clause, at);
    }
    // Before it: "did not join", "has not yet formally joined", "made no statement".
    qsizetype from = start;
    for (qsizetype looked = 0; looked < kWordsLookedBack; ++looked) {
        const qsizetype word = wordBefore(clause, from);
        if (word < 0)
            return false;
        if (deniesHere(word))
            return true;
        if (m_boundaries.contains(
                clause.sliced(word, wordEnd(clause, word) - word).toString().toLower()))
            return false;
        from = word;
    }
    return false;
}
