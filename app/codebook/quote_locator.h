// Codebook stage: finds an analyst's quote in an article's text. Whitespace runs, non-breaking
// spaces and typographic quotes/apostrophes/dashes are normalised on both sides, and the span
// found is mapped back to offsets in the original text.
#pragma once

#include "app/corpus/article.h"

#include <QString>
#include <QVector>

#include <optional>

class QuoteLocator {
public:
    explicit QuoteLocator(const QString &text);

    std::optional<TextSpan> locate(const QString &quote) const;

    static QString normalise(const QString &text, QVector<qsizetype> *origin = nullptr);

private:
    QString m_normalised;
    QVector<qsizetype> m_origin; // m_normalised[i] came from text[m_origin[i]]
};
