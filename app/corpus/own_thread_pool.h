// Corpus stage helper (used above it too): a pool of threads of its own for one kind of work, so
// that the work neither waits behind nor holds up Qt's global pool, which the raster painter and
// the window's loading use. Made on first use and owned by the application, which finishes and
// destroys it with itself. Kept as a function's static:
//     static OwnThreadPool pool(1);
//     QtConcurrent::run(pool.get(), ...);
#pragma once

#include <QPointer>
#include <QThreadPool>

class OwnThreadPool {
public:
    explicit OwnThreadPool(int maxThreads)
        : m_maxThreads(maxThreads)
    {}

    // The pool; made again if the application destroyed it (a test's application made anew).
    QThreadPool *get();

private:
    int m_maxThreads;
    QPointer<QThreadPool> m_pool;
};
