#include "ui/charts/chart_build_pool.h"

#include "app/corpus/own_thread_pool.h"

#include <QThread>

#include <algorithm>

namespace ChartBuildPool {

QThreadPool *instance()
{
    static OwnThreadPool pool(std::max(1, QThread::idealThreadCount() - 1));
    return pool.get();
}

} // namespace ChartBuildPool
