// SPDX-License-Identifier: EUPL-1.2
// Notifications by email in SQL: members' choices, unsubscribe links (hashes only) and marking
// notifications emailed in the transaction that queues their mail. Nothing here is shown on a
// cached page, so these writes add no change-log row (which would drop every cached page).
#include "store/sql/sql_store.hpp"
#include "store/sql/text_list.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

Result<NotificationMailSettings> SqlStore::notification_mail_settings(std::string_view user_id)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT mode, last_digest_at FROM notification_mail_settings "
                                                "WHERE user_id = ?",
                                                {std::string(user_id)}));
    NotificationMailSettings settings;
    settings.user_id = std::string(user_id);
    if (!rows.empty()) {
        settings.mode = rows.text(0, 0);
        settings.last_digest_at = rows.text(0, 1);
    }
    return settings;
}

Result<void> SqlStore::set_notification_mail_mode(std::string_view user_id, std::string_view mode)
{
    if (!is_notification_mail_mode(mode)) {
        return fail(ErrorCode::Invalid, "notification.email.error.mode", {}, "unknown mode " + std::string(mode));
    }
    std::lock_guard lock(m_mutex);
    return m_connection
        ->query("INSERT INTO notification_mail_settings (user_id, mode, last_digest_at) VALUES (?, ?, '') "
                "ON CONFLICT (user_id) DO UPDATE SET mode = excluded.mode",
                {std::string(user_id), std::string(mode)})
        .map([](const Rows&) {});
}

Result<std::optional<User>> SqlStore::unsubscribe_token_user(std::string_view token_hash)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT user_id FROM notification_unsubscribe_tokens "
                                                "WHERE token_hash = ?",
                                                {std::string(token_hash)}));
    if (rows.empty()) {
        return std::optional<User>();
    }
    return select_user("WHERE id = ?", rows.text(0, 0));
}

Result<std::vector<PendingNotificationMail>> SqlStore::pending_notification_mails(std::string_view since)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(
                                "SELECT n.id, n.user_id, n.message_key, n.arguments, n.link, n.created_at, n.is_read, "
                                "u.email, u.name, coalesce(s.mode, ?), coalesce(s.last_digest_at, '') "
                                "FROM notifications n JOIN users u ON u.id = n.user_id "
                                "LEFT JOIN notification_mail_settings s ON s.user_id = n.user_id "
                                "WHERE n.emailed_at = '' AND n.created_at >= ? AND u.email <> '' "
                                "AND coalesce(s.mode, ?) <> ? "
                                "ORDER BY n.user_id, n.created_at, n.id",
                                {std::string(DEFAULT_NOTIFICATION_MAIL_MODE), std::string(since),
                                 std::string(DEFAULT_NOTIFICATION_MAIL_MODE), std::string(MAIL_NEVER)}));
    std::vector<PendingNotificationMail> pending;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        const std::string user_id = rows.text(row, 1);
        if (pending.empty() || pending.back().user.id != user_id) {
            PendingNotificationMail member;
            member.user.id = user_id;
            member.user.email = rows.text(row, 7);
            member.user.name = rows.text(row, 8);
            member.settings = NotificationMailSettings{user_id, rows.text(row, 9), rows.text(row, 10)};
            pending.push_back(std::move(member));
        }
        pending.back().notifications.push_back(Notification{rows.text(row, 0), user_id, rows.text(row, 2),
                                                            split_texts(rows.text(row, 3)), rows.text(row, 4),
                                                            rows.text(row, 5), rows.integer(row, 6) != 0});
    }
    return pending;
}

Result<void> SqlStore::insert_unsubscribe_token(const std::string& token_hash, const std::string& user_id,
                                                const std::string& created_at)
{
    return m_connection
        ->query("INSERT INTO notification_unsubscribe_tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)",
                {token_hash, user_id, created_at})
        .map([](const Rows&) {});
}

Result<bool> SqlStore::queue_notification_mail(const NotificationMailBatch& batch)
{
    std::lock_guard lock(m_mutex);
    bool queued = false;
    RUNDUM_TRY(in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        // begin_write serialises writers (SQLite's write lock, PostgreSQL's lock on the change
        // log), so this check and the marking below see no other instance in between.
        for (const std::string& id : batch.notification_ids) {
            RUNDUM_TRY_ASSIGN(rows, m_connection->query("SELECT emailed_at FROM notifications WHERE id = ?", {id}));
            if (rows.empty() || !rows.text(0, 0).empty()) {
                return {}; // gone, or mailed by another instance: queue nothing
            }
        }
        RUNDUM_TRY(insert_mail(batch.mail));
        for (const std::string& id : batch.notification_ids) {
            RUNDUM_TRY(m_connection->query("UPDATE notifications SET emailed_at = ? WHERE id = ?",
                                           {batch.emailed_at, id}));
        }
        if (!batch.unsubscribe_token_hash.empty()) {
            RUNDUM_TRY(insert_unsubscribe_token(batch.unsubscribe_token_hash, batch.user_id, batch.emailed_at));
        }
        if (batch.is_digest) {
            RUNDUM_TRY(m_connection->query(
                "INSERT INTO notification_mail_settings (user_id, mode, last_digest_at) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET last_digest_at = excluded.last_digest_at",
                {batch.user_id, std::string(DEFAULT_NOTIFICATION_MAIL_MODE), batch.emailed_at}));
        }
        queued = true;
        return {};
    }));
    return queued;
}

} // namespace rundum::store
