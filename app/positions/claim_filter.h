// Positions stage: whose claims the positions rest on — everyone's, the window's coder's ("me"),
// or the curated codebooks' only. Every view follows the positions, so the filter applies to them
// all.
#pragma once

#include "app/codebook/claim.h"

struct ClaimFilter {
    enum class By { Everyone, Me, Curated };
    By by = By::Everyone;
    QString me; // the coder of the window (or of --coder): whose claims are "yours"

    bool admits(const Claim &claim) const
    {
        switch (by) {
        case By::Everyone:
            return true;
        case By::Me:
            return !claim.isCurated() && claim.coder == me;
        case By::Curated:
            return claim.isCurated();
        }
        return true;
    }
    bool operator==(const ClaimFilter &other) const { return by == other.by && me == other.me; }
};
