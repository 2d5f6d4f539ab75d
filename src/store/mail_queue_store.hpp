// SPDX-License-Identifier: EUPL-1.2
// The outgoing mail queue in the store, shared by the mail senders of every instance.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/result.hpp"

namespace rundum::store {

/// Outgoing mail.
class MailQueueStore {
public:
    virtual ~MailQueueStore() = default;

    /// Queues a message; it is sent by a mail sender of any instance.
    virtual Result<void> enqueue_mail(const QueuedMail& mail) = 0;
    /// Takes up to `limit` messages that are due at `now` and leases them for `lease_seconds`,
    /// so that no other instance sends them meanwhile.
    virtual Result<std::vector<QueuedMail>> claim_due_mails(std::int64_t now, int limit,
                                                            std::int64_t lease_seconds) = 0;
    virtual Result<void> mark_mail_sent(std::int64_t id, std::string_view sent_at) = 0;
    /// Records a failed try and when to try again.
    virtual Result<void> mark_mail_failed(std::int64_t id, std::string_view error,
                                          std::int64_t next_attempt) = 0;
    /// Records a failed try after which the message is never tried again (it can never be sent
    /// as it is, or it failed too often): it stays in pending_mails with its error, for the admin.
    virtual Result<void> mark_mail_given_up(std::int64_t id, std::string_view error) = 0;
    /// Messages not sent yet, oldest first (for the admin page).
    virtual Result<std::vector<QueuedMail>> pending_mails(int limit) = 0;
};

} // namespace rundum::store
