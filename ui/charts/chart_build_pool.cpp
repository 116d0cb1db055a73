#include "ui/charts/chart_build_pool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace ChartBuildPool {

QThreadPool *instance()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    }
    return pool;
}

} // namespace ChartBuildPool
