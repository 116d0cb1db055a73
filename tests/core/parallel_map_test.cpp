// ParallelMap: one job per item on several threads, the results in the items' order, progress
// reported to its end, and a stop asked for honoured.
#include "app/corpus/parallel_map.h"

#include <QSemaphore>

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>

TEST(ParallelMap, GivesEveryResultInTheItemsOrderOnAnyThreadCount)
{
    for (const int threads : {1, 2, 4}) {
        for (const qsizetype count : {qsizetype(0), qsizetype(1), qsizetype(5), qsizetype(997)}) {
            const auto results = ParallelMap::inOrder<qsizetype>(
                count, [](qsizetype i) { return i * i; }, threads, LoadMonitor(), 0, 0, 0);
            ASSERT_TRUE(results.has_value());
            ASSERT_EQ(results->size(), count);
            for (qsizetype i = 0; i < count; ++i)
                ASSERT_EQ(results->at(i), i * i) << threads << " threads, item " << i;
        }
    }
}

TEST(ParallelMap, ReportsProgressUpToTheEndOfItsSteps)
{
    LoadMonitor monitor;
    int last = -1;
    int totalSeen = 0;
    bool backwards = false;
    monitor.progress = [&](int done, int total) {
        backwards = backwards || done < last;
        last = done;
        totalSeen = total;
    };
    const auto results = ParallelMap::inOrder<int>(
        200, [](qsizetype i) { return int(i); }, 2, monitor, 10, 50, 100);
    ASSERT_TRUE(results.has_value());
    EXPECT_EQ(last, 60); // from 10, 50 steps
    EXPECT_EQ(totalSeen, 100);
    EXPECT_FALSE(backwards);
}

// A stop asked for while jobs run ends the map without its results; the jobs not started are
// not run.
TEST(ParallelMap, StopsWhenAsked)
{
    QSemaphore started;
    std::atomic<bool> stop = false;
    std::atomic<int> ran = 0;
    LoadMonitor monitor;
    monitor.cancelled = [&] {
        if (started.available() > 0)
            stop = true;
        return stop.load();
    };
    const auto results = ParallelMap::inOrder<int>(
        100000,
        [&](qsizetype i) {
            ++ran;
            started.release();
            while (!stop.load())
                QThread::usleep(100);
            return int(i);
        },
        2, monitor, 0, 1, 1);
    EXPECT_FALSE(results.has_value());
    EXPECT_LT(ran.load(), 100000);
}

// A job that throws ends the map with its exception; the caller does not wait for a last job.
TEST(ParallelMap, AJobThatThrowsEndsTheMap)
{
    EXPECT_ANY_THROW((ParallelMap::inOrder<int>(
        1000,
        [](qsizetype i) {
            if (i == 3)
                throw std::runtime_error("a job that fails");
            return int(i);
        },
        2, LoadMonitor(), 0, 1, 1)));
}
