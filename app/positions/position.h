// Positions stage: what the claims say about one country on one dimension — the value they
// agree on (or the majority), every claim, and whether the sources disagree.
#pragma once

#include "app/codebook/claim.h"
#include "app/codebook/dimensions.h"

#include <QVector>

#include <optional>

struct Position {
    QString country;
    QString dimension;
    QString value;            // agreed or majority value
    std::optional<int> score; // for scored dimensions (stance)
    bool conflict = false;    // the claims do not all give the same value
    bool tie = false;         // the leading values have as many sources each; the codebook's
                              // first-claimed of them is shown
    QVector<Claim> claims;

    QStringList values() const; // distinct values claimed, majority first
    // The independent sources giving `value`: one per article, and none for an article that
    // repeats the passage of another by the same author or publisher (Claim::repeats).
    int supportCount(const QString &value) const;
    QStringList articles() const; // distinct article ids behind the claims
    int sources() const;          // the independent sources among them
    // "unanimous", "majority", "tie", or "doubtful": no other value is claimed, but the codebook
    // doubts every claim of this one.
    QString agreement() const;
    bool doubtful() const;
    // The values shown: the leading one, or every one that ties for the lead.
    QStringList shownValues() const;
    // How a cell shows the value: "Abstained", "Abstained / Did not vote" for a tie, "Yes ⚠"
    // when doubtful.
    QString label(const Dimensions &dimensions) const;
    // The newest date among the claims: how recent the evidence for this position is.
    SourceDate newestDate() const;
};
