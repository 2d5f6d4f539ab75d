// SPDX-License-Identifier: EUPL-1.2
// The audit log in the store: who did what, and what rate limits count.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// The audit log.
class AuditStore {
public:
    virtual ~AuditStore() = default;

    virtual Result<void> add_audit_entry(const AuditEntry& entry) = 0;
    /// How many audit entries of `action` since `since` (ISO 8601) came from `client_address`
    /// (when not empty) and concern `subject` (when not empty): what rate limits count.
    virtual Result<std::int64_t> count_audit_entries(std::string_view action, std::string_view client_address,
                                                     std::string_view subject, std::string_view since) = 0;
    /// Newest first; only the member's own entries when `actor_id` is not empty.
    virtual Result<std::vector<AuditEntry>> audit_entries(std::string_view actor_id, int limit) = 0;
};

} // namespace rundum::store
