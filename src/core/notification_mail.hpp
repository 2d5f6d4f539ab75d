// SPDX-License-Identifier: EUPL-1.2
// Notifications by email: the choices a member has (at once, a daily or weekly digest, never)
// and what the store keeps of them. When a digest is due: format/digest_schedule.hpp.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"
#include "core/learning.hpp"
#include "core/user.hpp"

namespace rundum {

/// The stable keys of the choices (stored, sent by the form).
inline constexpr std::string_view MAIL_AT_ONCE = "sofort";
inline constexpr std::string_view MAIL_DAILY = "taeglich";
inline constexpr std::string_view MAIL_WEEKLY = "woechentlich";
inline constexpr std::string_view MAIL_NEVER = "nie";
inline constexpr std::array<std::string_view, 4> NOTIFICATION_MAIL_MODES = {MAIL_AT_ONCE, MAIL_DAILY, MAIL_WEEKLY,
                                                                           MAIL_NEVER};
/// Where a mail's unsubscribe link points, followed by its token.
inline constexpr std::string_view UNSUBSCRIBE_PATH = "/benachrichtigungen/abbestellen/";

/// What members get who never chose.
inline constexpr std::string_view DEFAULT_NOTIFICATION_MAIL_MODE = MAIL_DAILY;

/// Only notifications this recent are mailed: a member who switches from "nie" to a digest
/// must not get a year of old items in one mail.
inline constexpr std::int64_t NOTIFICATION_MAIL_WINDOW_SECONDS = 14 * 24 * 3600;

/// The local hour from which the day's (or Monday's) digest goes out.
inline constexpr int DIGEST_HOUR = 7;

bool is_notification_mail_mode(std::string_view key);

/// A member's choice.
struct NotificationMailSettings {
    std::string user_id;
    std::string mode{DEFAULT_NOTIFICATION_MAIL_MODE};
    std::string last_digest_at; ///< ISO 8601 UTC of the last digest, "" if none went out yet
};

/// A member with notifications that were never emailed, oldest first.
struct PendingNotificationMail {
    User user;
    NotificationMailSettings settings;
    std::vector<Notification> notifications;
};

/// One mail about notifications, queued in one transaction with marking them emailed.
struct NotificationMailBatch {
    std::string user_id;
    std::vector<std::string> notification_ids;
    QueuedMail mail;
    std::string unsubscribe_token_hash; ///< the hash of the token in this mail's links
    std::string emailed_at;             ///< ISO 8601 UTC
    bool is_digest{false};              ///< sets the member's last_digest_at to emailed_at
};

/// "YYYY-MM-DDTHH:MM:SSZ" of seconds since 1970 (the form the store keeps times in).
std::string iso_utc_text(std::int64_t unix_seconds);

/// Seconds since 1970 of "YYYY-MM-DDTHH:MM:SSZ", or nullopt for other text.
std::optional<std::int64_t> unix_from_iso_utc(std::string_view text);

} // namespace rundum
