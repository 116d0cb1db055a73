#include "app/extract/negation.h"

#include <QJsonArray>

#include <algorithm>

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

// Whether `word` is one of `list` (lower case), whatever its case.
bool isOneOf(QStringView word, const QStringList &list)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString &w) {
        return word.size() == w.size() && word.compare(w, Qt::CaseInsensitive) == 0;
    });
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
    result.m_words = wordList(negation, QStringLiteral("words"), fileName, problems);
    result.m_endings = wordList(negation, QStringLiteral("endings"), fileName, problems);
    result.m_notDenying = wordList(negation, QStringLiteral("notDenying"), fileName, problems);
    result.m_boundaries = wordList(negation, QStringLiteral("boundaries"), fileName, problems);
    result.m_cancelledBy = wordList(negation, QStringLiteral("cancelledBy"), fileName, problems);
    return result;
}

bool Negation::isDenying(QStringView word) const
{
    if (isOneOf(word, m_words))
        return true;
    return std::any_of(m_endings.cbegin(), m_endings.cend(), [&](const QString &ending) {
        return word.size() > ending.size() && word.endsWith(ending, Qt::CaseInsensitive);
    });
}

bool Negation::denies(QStringView clause, qsizetype start, qsizetype end) const
{
    if (m_words.isEmpty() && m_endings.isEmpty())
        return false;
    const auto deniesHere = [&](qsizetype wordStart) {
        const qsizetype wordStop = wordEnd(clause, wordStart);
        return isDenying(clause.sliced(wordStart, wordStop - wordStart)) &&
               !isOneOf(wordAfter(clause, wordStop), m_notDenying);
    };
    const auto deniedInside = [&] { // "sent no troops"
        for (qsizetype at = start; at < end;) {
            while (at < end && !isWordCharacter(clause.at(at)))
                ++at;
            if (at >= end)
                return false;
            if (deniesHere(at))
                return true;
            at = wordEnd(clause, at);
        }
        return false;
    };
    const auto deniedBefore = [&] { // "did not join", "has not yet formally joined"
        qsizetype from = start;
        for (qsizetype looked = 0; looked < kWordsLookedBack; ++looked) {
            const qsizetype word = wordBefore(clause, from);
            if (word < 0)
                return false;
            if (deniesHere(word))
                return true;
            if (isOneOf(clause.sliced(word, wordEnd(clause, word) - word), m_boundaries))
                return false;
            from = word;
        }
        return false;
    };
    const auto doneLater = [&] { // "did not apply for membership until 3 March"
        for (qsizetype at = end; at < clause.size();) {
            while (at < clause.size() && !isWordCharacter(clause.at(at)))
                ++at;
            const qsizetype stop = wordEnd(clause, at);
            if (stop > at && isOneOf(clause.sliced(at, stop - at), m_cancelledBy))
                return true;
            at = stop;
        }
        return false;
    };
    return (deniedInside() || deniedBefore()) && !doneLater();
}
