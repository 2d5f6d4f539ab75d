// SPDX-License-Identifier: EUPL-1.2
// Keeps the search index in step in the background: follows the change log and compacts the
// index files after a member's erasure, so that slow work never runs in a request.
#pragma once

#include <chrono>

#include "search/index_follower.hpp"
#include "store/store.hpp"
#include "jobs/periodic_thread.hpp"

namespace rundum::web {

/// One per instance, beside its index.
class SearchUpkeep {
public:
    SearchUpkeep(store::Store& store, search::IndexFollower& follower,
                 std::chrono::milliseconds interval = std::chrono::seconds(5))
        : m_store(store), m_follower(follower), m_interval(interval)
    {
    }
    ~SearchUpkeep() { stop(); }
    SearchUpkeep(const SearchUpkeep&) = delete;
    SearchUpkeep& operator=(const SearchUpkeep&) = delete;

    /// Starts the background thread; stop() or destruction ends it.
    void start();
    void stop() { m_thread.stop(); }

    /// Catches the index up with the store and compacts it if an erasure made that due; true
    /// if it compacted. Failures are logged (the next round tries again).
    bool run_once();

private:
    store::Store& m_store;
    search::IndexFollower& m_follower;
    std::chrono::milliseconds m_interval;
    PeriodicThread m_thread;
};

} // namespace rundum::web
