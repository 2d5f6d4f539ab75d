// SPDX-License-Identifier: EUPL-1.2
// Retention in the store: deleting what the retention periods keep no longer.
#pragma once

#include <chrono>

#include "core/result.hpp"
#include "core/retention_policy.hpp"

namespace rundum::store {

/// Deletes what the retention periods (core/retention_policy) keep no longer.
class RetentionStore {
public:
    virtual ~RetentionStore() = default;

    /// Deletes, in one transaction, what `policy` keeps no longer at `now`: sign-in attempts,
    /// sent and given-up mails, audit entries (and their network addresses sooner), expired
    /// sessions, used or expired one-time links, read notifications, upload counts, unsubscribe
    /// links and the change log (never its newest row: data_version never goes back).
    virtual Result<RetentionReport> apply_retention(std::chrono::system_clock::time_point now,
                                                    const RetentionPolicy& policy) = 0;
};

} // namespace rundum::store
