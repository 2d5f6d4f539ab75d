// SPDX-License-Identifier: EUPL-1.2
// The retention rules in SQL: what is kept only for a while is deleted once its period is over.
#include <chrono>

#include "core/notification_mail.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

std::int64_t unix_seconds(std::chrono::system_clock::time_point when)
{
    return std::chrono::duration_cast<std::chrono::seconds>(when.time_since_epoch()).count();
}

} // namespace

Result<RetentionReport> SqlStore::apply_retention(std::chrono::system_clock::time_point now,
                                                  const RetentionPolicy& policy)
{
    const std::int64_t now_unix = unix_seconds(now);
    // Times are stored as ISO 8601 UTC text (which sorts as time) or as Unix seconds.
    const auto before = [&](auto period) {
        return iso_utc_text(now_unix - std::chrono::duration_cast<std::chrono::seconds>(period).count());
    };
    const std::string now_text = iso_utc_text(now_unix);
    RetentionReport report;
    std::lock_guard lock(m_mutex);
    // Each statement returns a row per record it removed, which is the count the report gives.
    const auto removed = [&](std::string_view sql, std::initializer_list<SqlValue> parameters,
                             std::int64_t& count) -> Result<void> {
        RUNDUM_TRY_ASSIGN(rows, m_connection->query(sql, parameters));
        count = static_cast<std::int64_t>(rows.size());
        return {};
    };
    RUNDUM_TRY(in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY(removed("DELETE FROM sign_in_attempts WHERE at_unix < ? RETURNING 1",
                           {now_unix - policy.sign_in_attempts.count()}, report.sign_in_attempts));
        RUNDUM_TRY(removed("DELETE FROM mail_queue WHERE sent_at IS NOT NULL AND sent_at < ? RETURNING 1",
                           {before(policy.sent_mails)}, report.sent_mails));
        RUNDUM_TRY(removed("DELETE FROM mail_queue WHERE sent_at IS NULL AND next_attempt_unix = ? "
                           "AND created_at < ? RETURNING 1",
                           {NEVER_DUE, before(policy.failed_mails)}, report.failed_mails));
        // Whole entries first, so that the count of blanked addresses is of entries that stay.
        RUNDUM_TRY(removed("DELETE FROM audit_log WHERE at < ? RETURNING 1", {before(policy.audit_entries)},
                           report.audit_entries));
        RUNDUM_TRY(removed("UPDATE audit_log SET client_address = '' WHERE at < ? AND client_address <> '' "
                           "RETURNING 1",
                           {before(policy.audit_addresses)}, report.audit_addresses));
        // session_user and one_time_token_user accept only expires_at > now.
        RUNDUM_TRY(removed("DELETE FROM sessions WHERE expires_at <= ? RETURNING 1", {now_text}, report.sessions));
        RUNDUM_TRY(removed("DELETE FROM one_time_tokens WHERE used_at IS NOT NULL OR expires_at <= ? RETURNING 1",
                           {now_text}, report.one_time_tokens));
        // Counted from when it was read; those read before schema step 15 from their creation.
        RUNDUM_TRY(removed("DELETE FROM notifications WHERE is_read = 1 "
                           "AND coalesce(nullif(read_at, ''), created_at) < ? RETURNING 1",
                           {before(policy.read_notifications)}, report.read_notifications));
        RUNDUM_TRY(removed("DELETE FROM upload_log WHERE at_unix < ? RETURNING 1",
                           {now_unix - std::chrono::duration_cast<std::chrono::seconds>(policy.upload_log).count()},
                           report.upload_log));
        RUNDUM_TRY(removed("DELETE FROM notification_unsubscribe_tokens WHERE created_at < ? RETURNING 1",
                           {before(policy.unsubscribe_links)}, report.unsubscribe_links));
        // Always a prefix of the log (up to its newest old row, even if a clock went back), so
        // that changes_since can tell a follower behind it from the oldest id kept. The newest
        // row stays whatever its age: data_version is its id, and a version that went back could
        // match what a page cache holds from before.
        return removed("DELETE FROM change_log WHERE id <= (SELECT max(id) FROM change_log WHERE changed_at < ?) "
                       "AND id < (SELECT max(id) FROM change_log) RETURNING 1",
                       {before(policy.change_log)}, report.change_log);
    }));
    return report;
}

} // namespace rundum::store
