#include "app/search/search_query.h"

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QStringList wordsOf(QStringView text)
{
    QStringList words;
    for (const SearchWords::Word &w : SearchWords::of(text))
        words.append(w.folded);
    return words;
}

} // namespace

namespace SearchWords {

QString fold(QStringView word)
{
    return word.toString().toCaseFolded();
}

QVector<Word> places(QStringView text)
{
    QVector<Word> words;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text.at(i)) && !(text.at(i).isHighSurrogate() && i + 1 < text.size())) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && (isWordChar(text.at(i)) || text.at(i).isSurrogate()))
            ++i;
        if (i == start) { // a surrogate pair that is no letter
            i += 2;
            continue;
        }
        words.append({start, i, {}});
    }
    return words;
}

QVector<Word> of(QStringView text)
{
    QVector<Word> words = places(text);
    for (Word &w : words)
        w.folded = fold(text.mid(w.start, w.end - w.start));
    return words;
}

} // namespace SearchWords

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery query;
    qsizetype i = 0;
    const auto fail = [&query](const QString &why) {
        query.terms.clear();
        query.excluded.clear();
        query.error = why;
        return query;
    };
    const QString orMisplaced =
        QStringLiteral("OR goes between two words or phrases, as in Tbilisi OR Yerevan");
    bool orPending = false;   // the next term is an alternative of the one before
    bool notPending = false;  // the next term must not occur
    bool lastLeftOut = false; // the last term read is one to leave out (OR cannot follow it)
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        SearchTerm term;
        QStringView body;
        bool leaveOut = false;
        const bool phrase = c == QLatin1Char('"') || c == QChar(0x201c) || c == QChar(0x201d);
        if (c == QLatin1Char('"') || c == QChar(0x201c) || c == QChar(0x201d)) {
            qsizetype close = i + 1;
            while (close < text.size() && text.at(close) != QLatin1Char('"') &&
                   text.at(close) != QChar(0x201d) && text.at(close) != QChar(0x201c))
                ++close;
            if (close >= text.size())
                return fail(QStringLiteral("a quotation mark is not closed: put one at the end "
                                           "of the phrase"));
            body = QStringView(text).mid(i + 1, close - i - 1);
            i = close + 1;
            if (body.contains(QLatin1Char('*')))
                return fail(QStringLiteral("'*' goes after a word or a phrase, as in abstain*"));
        } else {
            const auto isQuote = [](QChar q) {
                return q == QLatin1Char('"') || q == QChar(0x201c) || q == QChar(0x201d);
            };
            qsizetype end = i;
            while (end < text.size() && !text.at(end).isSpace() && !isQuote(text.at(end)))
                ++end;
            body = QStringView(text).mid(i, end - i);
            i = end;
            if (body == QLatin1String("-") && i < text.size() && isQuote(text.at(i))) {
                notPending = true; // -"a phrase": the phrase is left out
                continue;
            }
            if (body == QLatin1String("AND"))
                continue; // every term must occur anyway
            if (body == QLatin1String("OR")) {
                if (query.terms.isEmpty() || orPending || notPending || lastLeftOut)
                    return fail(orMisplaced);
                orPending = true;
                continue;
            }
            if (body == QLatin1String("NOT")) {
                if (orPending)
                    return fail(orMisplaced);
                notPending = true;
                continue;
            }
            if (body.size() > 1 && body.startsWith(QLatin1Char('-'))) {
                leaveOut = true;
                body = body.mid(1);
            }
            if (body.endsWith(QLatin1Char('*'))) {
                term.prefix = true;
                body.chop(1);
            }
            if (body.contains(QLatin1Char('*')))
                return fail(QStringLiteral("'*' goes at the end of a word, as in abstain*"));
        }
        if (i < text.size() && text.at(i) == QLatin1Char('*')) {
            term.prefix = true;
            ++i;
        }
        term.words = wordsOf(body);
        if (term.words.isEmpty()) {
            // A lone dash or comma is skipped; an empty phrase or a bare '*' is a mistake.
            if (phrase)
                return fail(
                    QStringLiteral("a phrase in quotation marks has no word to search for"));
            if (term.prefix)
                return fail(QStringLiteral("'*' goes at the end of a word, as in abstain*"));
            continue;
        }
        lastLeftOut = leaveOut || notPending;
        if (lastLeftOut) {
            if (orPending)
                return fail(orMisplaced);
            query.excluded.append(term);
        } else {
            term.group = orPending               ? query.terms.last().group
                         : query.terms.isEmpty() ? 0
                                                 : query.terms.last().group + 1;
            query.terms.append(term);
        }
        orPending = notPending = false;
    }
    if (orPending)
        return fail(orMisplaced);
    if (notPending)
        return fail(QStringLiteral("NOT goes before the word or phrase to leave out, as in "
                                   "NOT Russia"));
    if (query.terms.isEmpty() && !query.excluded.isEmpty())
        return fail(QStringLiteral("say what to find, not only what to leave out: NOT and '-' "
                                   "leave out what follows them"));
    if (query.terms.isEmpty())
        return fail(QStringLiteral("type words to search for, a \"quoted phrase\" or a prefix "
                                   "such as abstain*"));
    return query;
}

namespace {

QString quoted(const SearchTerm &term)
{
    // Words are letters and digits only, so a double quote never occurs inside one.
    return QLatin1Char('"') + term.words.join(QLatin1Char(' ')) + QLatin1Char('"') +
           (term.prefix ? QStringLiteral("*") : QString());
}

} // namespace

QString SearchQuery::toFts5() const
{
    QStringList groups;
    for (qsizetype i = 0; i < terms.size();) {
        QStringList alternatives;
        const int group = terms.at(i).group;
        for (; i < terms.size() && terms.at(i).group == group; ++i)
            alternatives.append(quoted(terms.at(i)));
        groups.append(alternatives.size() == 1
                          ? alternatives.first()
                          : QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) +
                                QLatin1Char(')'));
    }
    QString fts5 = groups.join(QStringLiteral(" AND "));
    if (!excluded.isEmpty()) {
        QStringList left;
        for (const SearchTerm &term : excluded)
            left.append(quoted(term));
        fts5 = QLatin1Char('(') + fts5 + QStringLiteral(") NOT (") +
               left.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return fts5;
}
