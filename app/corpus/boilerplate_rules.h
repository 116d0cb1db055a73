// Corpus stage: which paragraphs are navigation, captions or site footers. The patterns are
// curated in resources/boilerplate.json; this class only applies them.
#pragma once

#include "app/corpus/pcre_pattern.h"
#include "app/corpus/problem.h"

#include <QRegularExpression>
#include <QVector>

class BoilerplateRules {
public:
    BoilerplateRules(); // recognises nothing

    // Parses the rules file; bad patterns become problems and are skipped. Each list answers as
    // one expression of its patterns would (short of PCRE2's match limits): if its patterns,
    // valid one by one, clash when joined (two groups of one name), that is a problem too, and
    // the list is not used. (A numbered back-reference, \1, counts the groups of the patterns
    // before it once joined: a list with a pattern that may act on the others so is matched as
    // that one expression.)
    static BoilerplateRules fromJson(const QByteArray &json, const QString &fileName,
                                     Problems *problems);
    static BoilerplateRules builtin(Problems *problems);

    bool isBoilerplateLine(QStringView paragraph) const;
    bool startsTrailer(QStringView paragraph) const; // this and everything after is footer

private:
    // Each list's patterns as they are matched: most as one alternation, those PCRE2 can pass
    // over a paragraph for each alone (see compile() in the .cpp).
    QVector<PcrePattern> m_lines;
    QVector<PcrePattern> m_trailers;
};
