#include "mention_finder.h"

#include <algorithm>

namespace {

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

const QString kBefore = QStringLiteral("(?<![\\p{L}\\p{N}_])(?:");
const QString kAfter = QStringLiteral(")(?![\\p{L}\\p{N}_])");

} // namespace

MentionFinder::MentionFinder(const Gazetteer &gazetteer)
{
    QStringList terms;
    for (const Entity &entity : gazetteer.entities()) {
        for (const GazetteerTerm &term : entity.terms) {
            if (m_termEntity.contains(term.text))
                continue; // the first entity that claims a term keeps it
            m_termEntity.insert(term.text, entity.id);
            m_termInfo.insert(term.text, term);
            terms.append(term.text);
        }
    }
    const auto options = QRegularExpression::UseUnicodePropertiesOption;
    m_terms = QRegularExpression(terms.isEmpty() ? QStringLiteral("(?!)")
                                                 : kBefore + alternation(terms) + kAfter,
                                 options);
    m_exclusions = QRegularExpression(
        gazetteer.exclusions().isEmpty()
            ? QStringLiteral("(?!)")
            : kBefore + alternation(gazetteer.exclusions()) + kAfter,
        options | QRegularExpression::CaseInsensitiveOption);
    m_terms.optimize();
    m_exclusions.optimize();
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

QVector<Mention> MentionFinder::find(const Article &article) const
{
    QVector<Mention> mentions;
    const QVector<TextSpan> excluded = exclusionSpans(article.text);
    int sentence = 0;
    for (int p = 0; p < article.paragraphs.size(); ++p) {
        const Paragraph &paragraph = article.paragraphs.at(p);
        if (paragraph.boilerplate)
            continue;
        const QStringView body = article.slice(paragraph.span);
        for (auto it = m_terms.globalMatch(body); it.hasNext();) {
            const auto m = it.next();
            const TextSpan span{paragraph.span.start + m.capturedStart(),
                                paragraph.span.start + m.capturedEnd()};
            const bool isExcluded = std::any_of(excluded.begin(), excluded.end(),
                                                [&](const TextSpan &e) { return e.contains(span); });
            if (isExcluded)
                continue;
            while (sentence < article.sentences.size() &&
                   article.sentences.at(sentence).span.end <= span.start)
                ++sentence;
            const bool inSentence = sentence < article.sentences.size() &&
                                    article.sentences.at(sentence).span.contains(span.start);
            const QString term = m.captured();
            mentions.append({span, m_termEntity.value(term), m_termInfo.value(term).category,
                             inSentence ? sentence : -1});
        }
    }
    return mentions;
}
