// Chart data: lets a chart's data be built on a worker thread and stopped there. While a
// ChartBuildCancel::Scope lives on a thread, the builders on that thread look at its flag in
// their long loops and stop early once it is set; what they return then is incomplete, and the
// caller throws it away. Without a scope (the command line, exports, tests) nothing stops.
#pragma once

#include <atomic>

namespace ChartBuildCancel {

class Scope {
public:
    explicit Scope(const std::atomic<bool> *flag);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    const std::atomic<bool> *m_outer;
};

// True once the flag of this thread's scope is set.
bool requested();

} // namespace ChartBuildCancel
