#include "app/extract/mention_finder.h"

#include <QSet>

#include "app/corpus/utf16_lanes.h"

#include <algorithm>

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // most of any text: no look-up in the Unicode tables
        return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
               u == '_';
    return c.isLetterOrNumber();
}

QString alternation(QStringList phrases)
{
    std::sort(phrases.begin(), phrases.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QStringList escaped;
    for (const QString &p : phrases)
        escaped.append(QRegularExpression::escape(p));
    return escaped.join(QLatin1Char('|'));
}

// Where the word from `start` ends: the first place that is no word character, or the text's
// end. Every word of an article is read this way: eight characters at a time where the
// processor can (SSE2), as long as they are ASCII; a character outside ASCII is asked of the
// Unicode tables.
qsizetype wordEnd(QStringView text, qsizetype start)
{
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    qsizetype end = start;
#if defined(__SSE2__)
    using namespace Utf16Lanes;
    while (end + 8 <= size) {
        const unsigned stops = ~bits(asciiWordCharacters(load(units + end))) & 0xFFFFu;
        if (stops == 0) {
            end += 8;
            continue;
        }
        end += firstLane(stops);
        if (units[end] < 0x80)
            return end; // an ASCII character outside a word
        break;          // one outside ASCII: the tables say
    }
#endif
    while (end < size && isWordChar(QChar(units[end])))
        ++end;
    return end;
}

} // namespace

quint64 MentionFinder::wordKey(QStringView word)
{
    if (word.isEmpty())
        return 0;
    return quint64(word.size()) << 32 | quint64(word.front().unicode()) << 16 |
           word.back().unicode();
}

MentionFinder::MentionFinder(const Gazetteer &gazetteer, const PublicationNames &publications)
    : m_publications(publications)
{
    QSet<QString> seen;
    for (const Entity &entity : gazetteer.entities()) {
        for (const GazetteerTerm &term : entity.terms) {
            if (seen.contains(term.text) || !isWordChar(term.text.front()))
                continue; // the first entity that claims a term keeps it
            seen.insert(term.text);
            const int entityNumber = InternedNames::numberOf(entity.id);
            const int categoryNumber = InternedNames::numberOf(term.category);
            if (entityNumber < 0 || categoryNumber < 0)
                continue; // the table of names is full: never a mention naming nothing
            m_terms.append({term.text, quint16(entityNumber), quint16(categoryNumber)});
        }
    }
    for (int i = 0; i < m_terms.size(); ++i) {
        const QString &text = m_terms.at(i).text;
        const quint64 key = wordKey(QStringView(text).left(wordEnd(text, 0)));
        m_byFirstWord[key].append(i);
        m_mayStartATerm.set(filterBit(key));
    }
    for (QVector<int> &candidates : m_byFirstWord) {
        std::sort(candidates.begin(), candidates.end(), [this](int a, int b) {
            return m_terms.at(a).text.size() > m_terms.at(b).text.size();
        });
    }
    m_exclusions = PcrePattern(
        gazetteer.exclusions().isEmpty()
            ? QStringLiteral("(?!)")
            : QStringLiteral("(?<![\\p{L}\\p{N}_])(?:") + alternation(gazetteer.exclusions()) +
                  QStringLiteral(")(?![\\p{L}\\p{N}_])"),
        QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::CaseInsensitiveOption);
}

QVector<TextSpan> MentionFinder::exclusionSpans(const QString &text) const
{
    QVector<TextSpan> spans;
    for (auto it = m_exclusions.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        spans.append({m.capturedStart(), m.capturedEnd()});
    }
    return spans;
}

QVector<Mention> MentionFinder::find(const Article &given) const
{
    const Article article = given.opened();
    QVector<Mention> mentions;
    const QString &text = article.text.utf16();
    const QVector<TextSpan> excluded = exclusionSpans(text);
    int sentence = 0;
    for (const Paragraph &paragraph : article.paragraphs) {
        if (paragraph.boilerplate)
            continue;
        const qsizetype end = paragraph.span.end;
        const QStringView body = QStringView(text).first(end);
        for (qsizetype i = paragraph.span.start; i < end; ++i) {
            if (!isWordChar(text.at(i)) || (i > 0 && isWordChar(text.at(i - 1))))
                continue;
            const qsizetype firstEnd = wordEnd(body, i);
            const quint64 key = wordKey(body.mid(i, firstEnd - i));
            const auto candidates = m_mayStartATerm[filterBit(key)] ? m_byFirstWord.constFind(key)
                                                                    : m_byFirstWord.constEnd();
            if (candidates == m_byFirstWord.constEnd()) {
                i = firstEnd;
                continue;
            }
            for (const int t : *candidates) {
                const Term &term = m_terms.at(t);
                const qsizetype length = term.text.size();
                if (i + length > end ||
                    (i + length < text.size() && isWordChar(text.at(i + length))) ||
                    body.mid(i, length) != term.text)
                    continue;
                const TextSpan span{i, i + length};
                // "Astana Observer", "Kyiv Independent": a publication's name is passed whole.
                if (const qsizetype nameEnd = m_publications.publicationWordEnd(body, span.end);
                    nameEnd > 0) {
                    i = nameEnd - 1;
                    break;
                }
                const bool isExcluded =
                    std::any_of(excluded.begin(), excluded.end(),
                                [&](const TextSpan &e) { return e.contains(span); });
                if (!isExcluded) {
                    while (sentence < article.sentences.size() &&
                           article.sentences.at(sentence).span.end <= span.start)
                        ++sentence;
                    const bool inSentence =
                        sentence < article.sentences.size() &&
                        article.sentences.at(sentence).span.contains(span.start);
                    Mention found;
                    found.span = span;
                    found.sentence = inSentence ? sentence : -1;
                    found.entityNumber = term.entity;
                    found.categoryNumber = term.category;
                    mentions.append(found);
                }
                i += length - 1; // the longest term here wins; no overlapping matches
                break;
            }
        }
    }
    return mentions;
}
