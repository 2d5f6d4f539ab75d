// SPDX-License-Identifier: EUPL-1.2
// The daily retention job of `rundum serve`: deletes what the RetentionPolicy keeps no longer.
#pragma once

#include <chrono>
#include <mutex>
#include <optional>

#include "core/retention_policy.hpp"
#include "store/retention_store.hpp"
#include "web/http/clock.hpp"
#include "jobs/periodic_thread.hpp"

namespace rundum::web {

/// How often the retention rules are applied.
inline constexpr std::chrono::hours RETENTION_INTERVAL{24};

/// Applies the retention rules at start and then once a day by `clock` (a test clock moves it).
/// Several instances may each run one: applying the rules twice removes nothing more.
class RetentionJob {
public:
    RetentionJob(store::RetentionStore& store, const RetentionPolicy& policy, const Clock& clock,
                 std::chrono::milliseconds poll_interval = std::chrono::seconds(5));
    ~RetentionJob();
    RetentionJob(const RetentionJob&) = delete;
    RetentionJob& operator=(const RetentionJob&) = delete;

    /// Starts the background thread; stop() or destruction ends it.
    void start();
    void stop();

    /// Applies the rules if they never ran or a day has passed since; what they removed, or
    /// nullopt when it was not time (or the store failed, which is logged and tried again).
    std::optional<RetentionReport> run_if_due();

private:
    store::RetentionStore& m_store;
    RetentionPolicy m_policy;
    const Clock& m_clock;
    std::chrono::milliseconds m_poll_interval;
    std::mutex m_mutex;
    std::optional<std::chrono::system_clock::time_point> m_last_run;
    PeriodicThread m_thread;
};

} // namespace rundum::web
