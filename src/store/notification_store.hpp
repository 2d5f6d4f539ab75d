// SPDX-License-Identifier: EUPL-1.2
// Members' notifications in the store: in the app and by email.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/learning.hpp"
#include "core/notification_mail.hpp"
#include "core/result.hpp"
#include "core/user.hpp"

namespace rundum::store {

/// Members' notifications, in the app and by email.
class NotificationStore {
public:
    virtual ~NotificationStore() = default;

    // --- in-app notifications --------------------------------------------------------------------

    virtual Result<void> add_notification(const Notification& notification) = 0;
    /// The member's notifications, newest first.
    virtual Result<std::vector<Notification>> notifications(std::string_view user_id, int limit) = 0;
    virtual Result<void> mark_notifications_read(std::string_view user_id) = 0;

    // --- notifications by email ------------------------------------------------------------------

    /// The member's choice; the default (daily, no digest sent yet) when they never chose.
    virtual Result<NotificationMailSettings> notification_mail_settings(std::string_view user_id) = 0;
    /// Sets the member's mode (one of NOTIFICATION_MAIL_MODES), keeping when the last digest
    /// went out. Invalid (`notification.email.error.mode`) for another key.
    virtual Result<void> set_notification_mail_mode(std::string_view user_id, std::string_view mode) = 0;
    /// The member an unsubscribe link (its token's hash) belongs to, or nullopt.
    virtual Result<std::optional<User>> unsubscribe_token_user(std::string_view token_hash) = 0;
    /// Members with an email address, a mode other than "nie" and notifications created at or
    /// after `since` (ISO UTC) that were never emailed: each with their settings and those
    /// notifications, oldest first; members ordered by id.
    virtual Result<std::vector<PendingNotificationMail>> pending_notification_mails(std::string_view since) = 0;
    /// In one write transaction: queues the batch's mail, marks its notifications emailed,
    /// stores the unsubscribe token's hash and, for a digest, when it went out. Returns false
    /// and changes nothing when one of the notifications was emailed meanwhile (by another
    /// instance): write transactions run one at a time, so no notification is mailed twice.
    virtual Result<bool> queue_notification_mail(const NotificationMailBatch& batch) = 0;
};

} // namespace rundum::store
