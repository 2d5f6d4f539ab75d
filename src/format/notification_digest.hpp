// SPDX-License-Identifier: EUPL-1.2
// The text of a mail about notifications: one item (mailed at once) or a daily or weekly
// digest, in plain text with absolute links. Pure: the same input gives the same text.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/learning.hpp"
#include "core/user.hpp"

namespace rundum::format {

/// A catalogue lookup: a message key and its arguments give the text (i18n::Catalogue::text).
using MessageText = std::function<std::string(std::string_view key, const std::vector<std::string>& args)>;

/// A mail's subject and plain-text body.
struct NotificationMailText {
    std::string subject;
    std::string body;
};

/// The absolute unsubscribe link of a token: base URL (a trailing '/' ignored), then
/// UNSUBSCRIBE_PATH and the token.
std::string unsubscribe_url(std::string_view base_url, std::string_view token);

/// The mail to `member` about `notifications` (oldest first, at least one): a greeting, one
/// line per notification with its time in Berlin and its link as an absolute URL, a link to
/// /konto and the unsubscribe link. Messages come from the catalogue keys notification.email.*
/// and the notifications' own keys.
NotificationMailText notification_mail_text(const User& member, const std::vector<Notification>& notifications,
                                            const MessageText& text, std::string_view base_url,
                                            std::string_view unsubscribe_token);

} // namespace rundum::format
