// Corpus and model stages: runs one job per article on every core and hands the results back in
// the articles' order, so what is built from them is the same as a one-thread build. The
// calling thread reports progress and stops the work when the monitor asks.
#pragma once

#include "app/corpus/load_monitor.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QVector>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <numeric>
#include <optional>

namespace ParallelMap {

// How many threads a build uses when it is not told: one per core.
inline int defaultThreads()
{
    return qMax(1, QThread::idealThreadCount());
}

// job(i) for every i in [0, count), on `threads` threads (0: one per core). Progress goes to
// the monitor as steps `from` + done × `span` / count of `total`; nullopt when it asked to stop.
// job must be safe to call from any thread: it reads shared data, never writes it.
template <typename Result, typename Job>
std::optional<QVector<Result>> inOrder(qsizetype count, Job job, int threads,
                                       const LoadMonitor &monitor, int from, int span, int total)
{
    QVector<Result> results(count);
    if (count == 0)
        return results;
    if (threads <= 0)
        threads = defaultThreads();
    if (threads == 1) {
        for (qsizetype i = 0; i < count; ++i) {
            if (monitor.shouldStop())
                return std::nullopt;
            results[i] = job(i);
            monitor.report(from + int((i + 1) * span / count), total);
        }
        return results;
    }
    // A pool of its own: the caller may itself be a thread of the global pool (the window's
    // load), which would otherwise leave the work one thread short.
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    QVector<qsizetype> indexes(count);
    std::iota(indexes.begin(), indexes.end(), qsizetype(0));
    // Each result has a slot of its own, so the jobs never write the same memory.
    Result *slots = results.data();
    std::atomic<qsizetype> done = 0;
    QSemaphore allDone; // released by the last job
    QFuture<void> work = QtConcurrent::map(&pool, indexes, [&](qsizetype i) {
        slots[i] = job(i);
        if (done.fetch_add(1, std::memory_order_acq_rel) + 1 == count)
            allDone.release();
    });
    // The caller waits in short steps, to report progress and to stop at once when asked; the
    // last job wakes it at once (a sleep of 5 ms between looks cost a start of the window two
    // such waits for its five articles).
    // (A job that throws ends the map without the last release; waitForFinished rethrows.)
    while (!allDone.tryAcquire(1, 5) && !work.isFinished()) {
        if (monitor.shouldStop()) {
            work.cancel();
            work.waitForFinished();
            return std::nullopt;
        }
        monitor.report(from + int(done.load(std::memory_order_relaxed) * span / count), total);
    }
    work.waitForFinished();
    monitor.report(from + span, total);
    return results;
}

} // namespace ParallelMap
