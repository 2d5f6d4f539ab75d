// SPDX-License-Identifier: EUPL-1.2
// Meeting mailings in SQL: the record of each invitation (meeting, sequence) and reminder
// (meeting, city) is claimed in the transaction that queues its mails, so one instance mails
// it and a second finds it taken. Nothing here is shown on a cached page: no change-log row.
#include "store/sql/sql_store.hpp"
#include "store/sql/transaction.hpp"

namespace rundum::store {

Result<MeetingMailsSent> SqlStore::meeting_mails_sent()
{
    std::lock_guard lock(m_mutex);
    MeetingMailsSent sent;
    RUNDUM_TRY_ASSIGN(invitations, m_connection->query("SELECT meeting_id, sequence FROM meeting_invitation_mails "
                                                       "ORDER BY meeting_id, sequence"));
    for (std::size_t row = 0; row < invitations.size(); ++row) {
        sent.invited_sequences[invitations.text(row, 0)].push_back(static_cast<int>(invitations.integer(row, 1)));
    }
    RUNDUM_TRY_ASSIGN(reminders, m_connection->query("SELECT meeting_id, city_id FROM meeting_reminder_mails"));
    for (std::size_t row = 0; row < reminders.size(); ++row) {
        sent.reminded.emplace(reminders.text(row, 0), reminders.text(row, 1));
    }
    return sent;
}

Result<bool> SqlStore::queue_meeting_mailing(const MeetingMailing& mailing)
{
    const bool is_invitation = mailing.kind == MeetingMailKind::Invitation;
    const std::vector<SqlValue> key =
        is_invitation ? std::vector<SqlValue>{mailing.meeting_id, static_cast<std::int64_t>(mailing.sequence)}
                      : std::vector<SqlValue>{mailing.meeting_id, mailing.city_id};
    const std::string claimed = is_invitation
                                    ? "SELECT 1 FROM meeting_invitation_mails WHERE meeting_id = ? AND sequence = ?"
                                    : "SELECT 1 FROM meeting_reminder_mails WHERE meeting_id = ? AND city_id = ?";
    const std::string claim = is_invitation ? "INSERT INTO meeting_invitation_mails (meeting_id, sequence, "
                                              "mailed_at) VALUES (?, ?, ?)"
                                            : "INSERT INTO meeting_reminder_mails (meeting_id, city_id, mailed_at) "
                                              "VALUES (?, ?, ?)";
    std::lock_guard lock(m_mutex);
    bool queued = false;
    RUNDUM_TRY(in_transaction(*m_connection, m_connection->dialect().begin_write, [&]() -> Result<void> {
        // begin_write serialises writers across instances (see queue_notification_mail), and the
        // primary key refuses a second claim should one slip through.
        RUNDUM_TRY_ASSIGN(rows, m_connection->query(claimed, key));
        if (!rows.empty()) {
            return {};
        }
        std::vector<SqlValue> record = key;
        record.emplace_back(mailing.mailed_at);
        RUNDUM_TRY(m_connection->query(claim, record));
        for (const MemberMail& member : mailing.mails) {
            RUNDUM_TRY(insert_mail(member.mail));
            if (!member.unsubscribe_token_hash.empty()) {
                RUNDUM_TRY(insert_unsubscribe_token(member.unsubscribe_token_hash, member.user_id, mailing.mailed_at));
            }
        }
        queued = true;
        return {};
    }));
    return queued;
}

} // namespace rundum::store
