// Tests of the search: holds the search's one indexing thread, so an index is surely still to
// be made while the test looks. The hold has begun when the constructor returns (a hold that
// began later, after its test, would wait for good and keep the process from ending), and its
// semaphores live as long as the hold itself, however late the thread lets go.
#pragma once

#include "app/search/article_search.h"

#include <QSemaphore>
#include <QThreadPool>

#include <memory>
#include <utility>

class IndexingHold {
public:
    IndexingHold()
    {
        ArticleSearch::indexingPool()->start([held = m_held, begun = m_begun] {
            begun->release();
            held->acquire();
        });
        m_begun->acquire();
    }
    ~IndexingHold() { release(); }
    IndexingHold(const IndexingHold &) = delete;
    IndexingHold &operator=(const IndexingHold &) = delete;

    void release()
    {
        if (!std::exchange(m_released, true))
            m_held->release();
    }

private:
    std::shared_ptr<QSemaphore> m_held = std::make_shared<QSemaphore>();
    std::shared_ptr<QSemaphore> m_begun = std::make_shared<QSemaphore>();
    bool m_released = false;
};
