// SPDX-License-Identifier: EUPL-1.2
// Keeps an instance's search index in step with the database by following the change log, so
// every instance (each with its own index) finds the same after any instance wrote.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <limits>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "search/search_index.hpp"
#include "store/store.hpp"

namespace rundum::search {

/// Follows the store's change log into the index.
class IndexFollower {
public:
    IndexFollower(store::Store& store, SearchIndex& index, int current_year)
        : m_store(store), m_index(index), m_current_year(current_year)
    {
    }

    /// Brings the index up to `data_version` (the store's newest change-log id): applies the
    /// changes since the index's position, or rebuilds it all when it cannot tell what changed
    /// (an import, new topics, an index from another database). Cheap when nothing changed.
    Result<void> catch_up(std::uint64_t data_version);

    /// Rebuilds the whole index from the store.
    Result<void> rebuild();

    /// Compacts the index files when catch_up passed a member's erasure (the change "erasure")
    /// since the last compaction, so no word of content removed before stays on disk; true if
    /// it did. Slow on a large index: for a background thread (web/search_upkeep), never a
    /// request. What is due is kept in the index, so a restart does not forget it.
    Result<bool> compact_if_due();

    /// When catching up failed (a full disk under the index): the documents (kind, id) whose
    /// records changed since the index's position, so that a search of the index as it is can
    /// leave them out. nullopt when that cannot be told (a change that needs a rebuild, too
    /// many changes, an index of another database). Writes nothing.
    Result<std::optional<std::vector<std::pair<std::string, std::string>>>> changed_since_indexed(
        std::uint64_t data_version) const;

    /// Whether a failure to catch up at `now` should be reported: at most once a minute, so a
    /// full disk fills no log.
    bool should_report_failure(std::chrono::steady_clock::time_point now);

private:
    Result<void> rebuild_locked();
    Result<void> reindex_project(const std::string& id);
    Result<void> reindex_city(const std::string& id);
    Result<void> reindex_question(const std::string& id);
    Result<std::int64_t> indexed_position() const;

    store::Store& m_store;
    SearchIndex& m_index;
    int m_current_year;
    std::mutex m_mutex; ///< one catch-up at a time; searches meanwhile see the older index
    /// The change-log id the index reflects, as last seen; "none yet" makes the first call look.
    std::atomic<std::uint64_t> m_position_seen{std::numeric_limits<std::uint64_t>::max()};
    std::mutex m_report_mutex;
    std::optional<std::chrono::steady_clock::time_point> m_last_report; ///< of a failure to catch up
};

} // namespace rundum::search
