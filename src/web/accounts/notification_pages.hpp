// SPDX-License-Identifier: EUPL-1.2
// A member's messages inside rundum ("Mitteilungen" on /konto), and marking them read.
#pragma once

#include "core/result.hpp"
#include "core/user.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Sets the account page's `notifications` (newest first: text, link, time, unread),
/// `has_notifications` and `has_unread`. A store failure leaves the list out.
void add_notifications(TemplateData& page, Services& services, const User& member);

/// How many of the member's newest notifications are unread (one query; at most 100 counted).
int unread_notifications(store::Store& store, const std::string& user_id);

Result<Response> mark_notifications_read(const Request& request, Services& services); ///< POST /konto/mitteilungen/gelesen

} // namespace rundum::web
