// SPDX-License-Identifier: EUPL-1.2
// Notifications by email on the web: the member's choice on /konto, and the one-click
// unsubscribe page that every notification mail links to (RFC 8058).
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "core/user.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// Sets the account page's `mail_modes` (key, label, checked) for the radio buttons.
void add_notification_mail_choice(TemplateData& page, Services& services, const User& member);

/// POST /konto/benachrichtigungen: stores the chosen mode and shows /konto with a confirmation;
/// an unknown mode re-shows /konto with a German message (422).
Result<Response> save_notification_mail_mode(const Request& request, Services& services);

/// Whether a path is an unsubscribe link. Its POST carries no form token: see the handler.
bool is_unsubscribe_path(std::string_view path);

/// GET /benachrichtigungen/abbestellen/{token}: a page with one button (a GET changes nothing,
/// since mail scanners open links). POST: sets the member's mode to "nie". 404 for an unknown token.
Result<Response> unsubscribe_page(const Request& request, Services& services, std::string_view token);
Result<Response> unsubscribe(const Request& request, Services& services, std::string_view token);

} // namespace rundum::web
