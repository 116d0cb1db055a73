// Corpus stage: an article's text as the model keeps it, in about half the room of a QString
// where it can be. Offsets are always the QString's (UTF-16 code units), so every span into the
// text means the same in either form:
// - compact: a byte per code unit when nearly all are below U+0100 (Latin script), the few
//   others (typographic quotes, dashes) kept aside with their places;
// - UTF-16: the QString itself, for a text in another script, and for an article being read or
//   extracted ("open"), whose stages look at it through QStringViews.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QVector>

class ArticleText {
public:
    ArticleText() = default;
    // The text kept compactly where that saves room (`compact`), else as it is.
    explicit ArticleText(const QString &text, bool compact = true);

    qsizetype size() const { return m_utf16.isNull() ? m_low.size() : m_utf16.size(); }
    bool isEmpty() const { return size() == 0; }
    bool isCompact() const { return m_utf16.isNull() && !m_low.isNull(); }
    // True when both hold the one buffer: one is a copy of the other (copies share their text).
    bool shares(const ArticleText &other) const
    {
        return m_utf16.constData() == other.m_utf16.constData() &&
               m_low.constData() == other.m_low.constData();
    }

    // A compact text's code units above U+00FF, in the text's order (empty for a UTF-16 one).
    QStringView unitsKeptAside() const { return {m_highUnit.constData(), m_highUnit.size()}; }
    // The whole text, made anew from a compact one (about a microsecond a kilobyte).
    QString toString() const;
    // `length` code units from `start`, clamped to the text as QString::mid clamps.
    QString mid(qsizetype start, qsizetype length = -1) const;
    // The text of an open (UTF-16) article; empty for a compact one, which must be opened
    // (Article::opened) before it is looked at through views.
    QStringView view() const;
    // The same, as the QString itself (views into it point into one buffer).
    const QString &utf16() const;

private:
    QString m_utf16;              // the text, when kept as UTF-16
    QByteArray m_low;             // compact: each code unit's low byte
    QVector<qint32> m_highAt;     // compact: where the code units above U+00FF are, in order
    QVector<char16_t> m_highUnit; // compact: those code units
};
