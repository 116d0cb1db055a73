// Corpus stage: finds paragraphs, headings, bullet items and sentences in an article's text,
// as offsets into it, and marks navigation and footers as boilerplate.
#pragma once

#include "app/corpus/article.h"
#include "app/corpus/boilerplate_rules.h"

class TextStructure {
public:
    explicit TextStructure(const BoilerplateRules &rules)
        : m_rules(rules)
    {}

    // Fills article.paragraphs and article.sentences from article.text.
    void analyse(Article &article) const;

    static QVector<TextSpan> splitParagraphs(const QString &text);
    static QVector<TextSpan> splitSentences(const QString &text, const TextSpan &paragraph);
    static bool isBulletStart(QStringView line);

private:
    void markBoilerplate(const QString &text, QVector<Paragraph> &paragraphs) const;

    const BoilerplateRules &m_rules;
};
