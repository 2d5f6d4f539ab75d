// The outgoing mail queue in SQL: leased by one sender at a time, retried after failures.
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

constexpr std::string_view MAIL_COLUMNS =
    "SELECT id, to_address, subject, body, attempts, last_error FROM mail_queue ";

std::vector<QueuedMail> mails_from_rows(const Rows& rows)
{
    std::vector<QueuedMail> mails;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        mails.push_back(QueuedMail{rows.integer(row, 0), rows.text(row, 1), rows.text(row, 2),
                                   rows.text(row, 3), static_cast<int>(rows.integer(row, 4)),
                                   rows.text(row, 5)});
    }
    return mails;
}


} // namespace

Result<void> SqlStore::enqueue_mail(const QueuedMail& mail)
{
    std::lock_guard lock(m_mutex);
    return m_connection
        ->query("INSERT INTO mail_queue (to_address, subject, body, created_at, next_attempt_unix, "
                "attempts, last_error) VALUES (?, ?, ?, ?, 0, 0, '')",
                {mail.to, mail.subject, mail.body, utc_now_text()})
        .map([](const Rows&) {});
}

Result<std::vector<QueuedMail>> SqlStore::claim_due_mails(std::int64_t now, int limit,
                                                          std::int64_t lease_seconds)
{
    std::lock_guard lock(m_mutex);
    std::vector<QueuedMail> claimed;
    RUNDUM_TRY(in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        RUNDUM_TRY_ASSIGN(rows, m_connection->query(std::string(MAIL_COLUMNS) +
                                                        "WHERE sent_at IS NULL AND next_attempt_unix <= ? "
                                                        "ORDER BY id LIMIT ?",
                                                    {now, std::int64_t{limit}}));
        claimed = mails_from_rows(rows);
        for (const QueuedMail& mail : claimed) {
            // The lease: if this sender dies mid-send, the message is due again afterwards.
            RUNDUM_TRY(m_connection->query("UPDATE mail_queue SET next_attempt_unix = ? WHERE id = ?",
                                           {now + lease_seconds, mail.id}));
        }
        return {};
    }));
    return claimed;
}

Result<void> SqlStore::mark_mail_sent(std::int64_t id, std::string_view sent_at)
{
    std::lock_guard lock(m_mutex);
    return m_connection->query("UPDATE mail_queue SET sent_at = ? WHERE id = ?", {std::string(sent_at), id})
        .map([](const Rows&) {});
}

Result<void> SqlStore::mark_mail_failed(std::int64_t id, std::string_view error, std::int64_t next_attempt)
{
    std::lock_guard lock(m_mutex);
    return m_connection
        ->query("UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, next_attempt_unix = ? WHERE id = ?",
                {std::string(error), next_attempt, id})
        .map([](const Rows&) {});
}

Result<std::vector<QueuedMail>> SqlStore::pending_mails(int limit)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(std::string(MAIL_COLUMNS) + "WHERE sent_at IS NULL ORDER BY id LIMIT ?",
                                                {std::int64_t{limit}}));
    return mails_from_rows(rows);
}

} // namespace rundum::store
