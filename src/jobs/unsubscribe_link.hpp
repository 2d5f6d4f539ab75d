// SPDX-License-Identifier: EUPL-1.2
// The one-click unsubscribe link every mail to members carries (notifications, meeting
// invitations and reminders): a fresh token per mail, of which only the hash is stored, so
// older mails' links keep working. Following it sets the member's mail choice to "nie".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/account.hpp"

namespace rundum::web {

/// Where a mail's footer sends members to change their mail choice (relative to the base URL).
inline constexpr std::string_view MAIL_SETTINGS_PATH = "/konto#benachrichtigungen";

/// One mail's unsubscribe link.
struct UnsubscribeLink {
    std::string token;               ///< goes into the link only
    std::string token_hash;          ///< what the store keeps
    std::string url;                 ///< absolute
    std::vector<MailHeader> headers; ///< List-Unsubscribe and List-Unsubscribe-Post
};

/// A new link under `base_url`, with the headers of RFC 2369 and RFC 8058 (mail programs offer
/// the link, and may POST to it in one click).
UnsubscribeLink fresh_unsubscribe_link(std::string_view base_url);

} // namespace rundum::web
