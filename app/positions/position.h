// Positions stage: what the claims say about one country on one dimension — the value they
// agree on (or the majority), every claim, and whether the sources disagree.
#pragma once

#include "app/codebook/claim.h"

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
    int supportCount(const QString &value) const;
    QStringList articles() const; // distinct article ids behind the claims
    QString agreement() const;    // "unanimous", "majority" or "tie"
    // The newest date among the claims: how recent the evidence for this position is.
    SourceDate newestDate() const;
};
