// SPDX-License-Identifier: EUPL-1.2
// How long personal data that is only kept for a while stays stored (DSGVO Art. 5 (1) e):
// the periods an operator may set, with defaults that docs/privacy.md lists.
#pragma once

#include <chrono>
#include <cstdint>
#include <ratio>

namespace rundum {

using Days = std::chrono::duration<std::int64_t, std::ratio<86400>>;

/// Each period counts from the moment the record stopped being needed for its purpose.
struct RetentionPolicy {
    /// Sign-in attempts, after the throttle window (which needs them) has passed.
    std::chrono::seconds sign_in_attempts{std::chrono::minutes(15)};
    /// Sent mails (address, subject, body), counted from sending.
    Days sent_mails{7};
    /// Mails that could not be sent and were given up, counted from creation.
    Days failed_mails{30};
    /// Network addresses in the audit log (the entry itself stays for `audit_entries`).
    Days audit_addresses{90};
    /// Audit log entries as a whole.
    Days audit_entries{730};
    /// Notifications a member has read, counted from when they were read.
    Days read_notifications{182};
    /// The change log that other instances and the search index follow.
    Days change_log{30};
    /// The per-member upload counts behind the hourly upload limit.
    Days upload_log{1};
    /// Unsubscribe links of old notification mails.
    Days unsubscribe_links{365};
};

/// What one run of the retention rules removed, per kind: rows deleted, and for
/// `audit_addresses` the audit entries whose network address was blanked.
struct RetentionReport {
    std::int64_t sign_in_attempts{0};
    std::int64_t sent_mails{0};
    std::int64_t failed_mails{0};
    std::int64_t audit_addresses{0};
    std::int64_t audit_entries{0};
    std::int64_t sessions{0};        ///< expired
    std::int64_t one_time_tokens{0}; ///< used or expired
    std::int64_t read_notifications{0};
    std::int64_t upload_log{0};
    std::int64_t unsubscribe_links{0};
    std::int64_t change_log{0};
};

} // namespace rundum
