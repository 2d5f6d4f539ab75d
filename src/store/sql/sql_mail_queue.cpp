// SPDX-License-Identifier: EUPL-1.2
// The outgoing mail queue in SQL: leased by one sender at a time, retried after failures.
#include "core/base64.hpp"
#include "store/sql/sql_store.hpp"
#include "store/sql/text_list.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

namespace {

constexpr std::string_view MAIL_COLUMNS =
    "SELECT id, to_address, subject, body, attempts, last_error, headers, attachments, link_purpose, link_user_id "
    "FROM mail_queue ";

// Headers as name, value, name, value ...; attachments as file name, content type, base64 bytes
// (the bytes may be anything, a TEXT column must hold valid text).
std::string joined_headers(const std::vector<MailHeader>& headers)
{
    std::vector<std::string> texts;
    for (const MailHeader& header : headers) {
        texts.push_back(header.name);
        texts.push_back(header.value);
    }
    return joined_texts(texts);
}

std::vector<MailHeader> split_headers(std::string_view joined)
{
    const std::vector<std::string> texts = split_texts(joined);
    std::vector<MailHeader> headers;
    for (std::size_t i = 0; i + 1 < texts.size(); i += 2) {
        headers.push_back(MailHeader{texts[i], texts[i + 1]});
    }
    return headers;
}

std::string joined_attachments(const std::vector<MailAttachment>& attachments)
{
    std::vector<std::string> texts;
    for (const MailAttachment& attachment : attachments) {
        texts.push_back(attachment.file_name);
        texts.push_back(attachment.content_type);
        texts.push_back(to_base64(attachment.content));
    }
    return joined_texts(texts);
}

std::vector<MailAttachment> split_attachments(std::string_view joined)
{
    const std::vector<std::string> texts = split_texts(joined);
    std::vector<MailAttachment> attachments;
    for (std::size_t i = 0; i + 2 < texts.size(); i += 3) {
        attachments.push_back(MailAttachment{texts[i], texts[i + 1], from_base64(texts[i + 2]).value_or(std::string())});
    }
    return attachments;
}

std::vector<QueuedMail> mails_from_rows(const Rows& rows)
{
    std::vector<QueuedMail> mails;
    for (std::size_t row = 0; row < rows.size(); ++row) {
        mails.push_back(QueuedMail{rows.integer(row, 0), rows.text(row, 1), rows.text(row, 2),
                                   rows.text(row, 3), static_cast<int>(rows.integer(row, 4)),
                                   rows.text(row, 5), split_headers(rows.text(row, 6)),
                                   split_attachments(rows.text(row, 7)), purpose_from_name(rows.text(row, 8)),
                                   rows.text(row, 9)});
    }
    return mails;
}

} // namespace

Result<void> SqlStore::enqueue_mail(const QueuedMail& mail)
{
    std::lock_guard lock(m_mutex);
    return insert_mail(mail);
}

Result<void> SqlStore::insert_mail(const QueuedMail& mail)
{
    return m_connection
        ->query("INSERT INTO mail_queue (to_address, subject, body, created_at, next_attempt_unix, "
                "attempts, last_error, headers, attachments, link_purpose, link_user_id) "
                "VALUES (?, ?, ?, ?, 0, 0, '', ?, ?, ?, ?)",
                {mail.to, mail.subject, mail.body, utc_now_text(), joined_headers(mail.headers),
                 joined_attachments(mail.attachments),
                 mail.link_purpose ? std::string(purpose_name(*mail.link_purpose)) : std::string(),
                 mail.link_user_id})
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

Result<void> SqlStore::mark_mail_given_up(std::int64_t id, std::string_view error)
{
    // Never due again: no schema change, and claim_due_mails needs no second condition.
    return mark_mail_failed(id, "given up: " + std::string(error), NEVER_DUE);
}

Result<std::vector<QueuedMail>> SqlStore::pending_mails(int limit)
{
    std::lock_guard lock(m_mutex);
    RUNDUM_TRY_ASSIGN(rows, m_connection->query(std::string(MAIL_COLUMNS) + "WHERE sent_at IS NULL ORDER BY id LIMIT ?",
                                                {std::int64_t{limit}}));
    return mails_from_rows(rows);
}

} // namespace rundum::store
