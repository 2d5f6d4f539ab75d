// SPDX-License-Identifier: EUPL-1.2
// The network as a whole in the store: export and import, versions, what changed.
#pragma once

#include <cstdint>
#include <vector>

#include "core/account.hpp"
#include "core/city.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// The network as a whole: its snapshot for export and import, and what tells derived data
/// (cached pages, search indexes) that it is stale.
class NetworkStore {
public:
    virtual ~NetworkStore() = default;

    /// The whole network, for export.
    virtual Result<NetworkSnapshot> snapshot() = 0;
    /// Brings every entity the snapshot contains to the snapshot's state (matched by id), in
    /// one transaction: either all of it is stored or nothing changes. Entities that the
    /// snapshot does not contain stay as they are.
    virtual Result<void> apply_snapshot(const NetworkSnapshot& snapshot) = 0;
    /// A number that changes whenever any process commits a change to the database, so
    /// derived data (cached pages) can tell when it is stale.
    virtual Result<std::uint64_t> data_version() = 0;
    /// The schema version the database is at.
    virtual Result<int> schema_version() = 0;

    // --- what changed, for derived data ----------------------------------------------------------

    /// Change-log rows after `after_id`, oldest first, at most `limit`. When the rows right
    /// after `after_id` were deleted by apply_retention, a single entry CHANGE_LOG_TRIMMED (with
    /// the id before the oldest row kept) instead: what changed in between cannot be told.
    virtual Result<std::vector<ChangeEntry>> changes_since(std::int64_t after_id, int limit) = 0;
};

} // namespace rundum::store
