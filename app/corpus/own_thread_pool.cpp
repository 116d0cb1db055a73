#include "app/corpus/own_thread_pool.h"

#include <QCoreApplication>

QThreadPool *OwnThreadPool::get()
{
    if (!m_pool) {
        m_pool = new QThreadPool(QCoreApplication::instance());
        m_pool->setMaxThreadCount(m_maxThreads);
    }
    return m_pool;
}
