// Corpus stage: the names of publications ("Astana Observer", "Kyiv Independent"), told by
// their last word. The words are curated in resources/publication_words.json; this class only
// looks them up. A dateline's name that is a publication's is the publisher, not a place; a
// country's term that opens one is no mention of the country.
#pragma once

#include "app/corpus/problem.h"

#include <QString>
#include <QStringList>
#include <QStringView>

class PublicationNames {
public:
    PublicationNames(); // knows no word

    // Parses the words file; a malformed one is a problem, and no name is known.
    static PublicationNames fromJson(const QByteArray &json, const QString &fileName,
                                     Problems *problems);
    static PublicationNames builtin(Problems *problems);
    // The built-in words, for the stages that report no problem of a resource of their own (a
    // test keeps the built-in file's at none).
    static const PublicationNames &shared();

    // Whether `word` (exactly as written) ends a publication's name.
    bool isPublicationWord(QStringView word) const;
    // Whether the name's last word does: "Astana Observer" is one, "Astana" is not.
    bool isPublication(QStringView name) const;
    // The end of the publication's name that `text` goes on to at `at` — a space, then one of
    // the words as a whole word ("Astana| Observer reported") — else -1.
    qsizetype publicationWordEnd(QStringView text, qsizetype at) const
    {
        // Most mentions are followed by no space and capital: answered here, without a call.
        if (at + 2 >= text.size() || text.at(at) != QLatin1Char(' ') || !text.at(at + 1).isUpper())
            return -1;
        return wordEndAfterSpace(text, at);
    }

private:
    qsizetype wordEndAfterSpace(QStringView text, qsizetype at) const;

    QStringList m_words; // sorted: looked up without a copy of the word
};
