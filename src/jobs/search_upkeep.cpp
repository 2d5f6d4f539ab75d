// SPDX-License-Identifier: EUPL-1.2
// The search index's background upkeep: catching up, and compacting after an erasure.
#include "jobs/search_upkeep.hpp"

#include <spdlog/spdlog.h>

namespace rundum::web {

void SearchUpkeep::start()
{
    m_thread.start(m_interval, [this] { run_once(); });
}

bool SearchUpkeep::run_once()
{
    auto version = m_store.data_version();
    if (!version) {
        return false; // the store is away: the requests report that
    }
    if (auto caught_up = m_follower.catch_up(*version); !caught_up) {
        // A full disk under the index fills no log: reported at most once a minute.
        if (m_follower.should_report_failure(std::chrono::steady_clock::now())) {
            spdlog::warn("search upkeep: catching up: {}", caught_up.error().detail);
        }
        return false;
    }
    auto compacted = m_follower.compact_if_due();
    if (!compacted) {
        spdlog::error("search upkeep: compacting the index: {}", compacted.error().detail);
        return false;
    }
    if (*compacted) {
        spdlog::info("search upkeep: index compacted after an erasure");
    }
    return *compacted;
}

} // namespace rundum::web
