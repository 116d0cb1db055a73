#include "app/charts/chart_build_cancel.h"

namespace ChartBuildCancel {

namespace {
thread_local const std::atomic<bool> *t_flag = nullptr;
}

Scope::Scope(const std::atomic<bool> *flag)
    : m_outer(t_flag)
{
    t_flag = flag;
}

Scope::~Scope()
{
    t_flag = m_outer;
}

bool requested()
{
    return t_flag && t_flag->load(std::memory_order_relaxed);
}

} // namespace ChartBuildCancel
