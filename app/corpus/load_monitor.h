// Corpus and model stages: lets a long load say how far it got and stop early when the user
// cancels. Called on the loading thread; both hooks may be left empty.
#pragma once

#include <functional>

struct LoadMonitor {
    std::function<void(int done, int total)> progress;
    std::function<bool()> cancelled;

    void report(int done, int total) const
    {
        if (progress)
            progress(done, total);
    }
    bool shouldStop() const { return cancelled && cancelled(); }
};
