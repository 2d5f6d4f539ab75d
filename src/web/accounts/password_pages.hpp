// SPDX-License-Identifier: EUPL-1.2
// Passwords: the first one and a new one from one-time links, and asking for a reset link.
#pragma once

#include <string_view>

#include "core/account.hpp"
#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /passwort-setzen/{token} (first password) and /passwort-neu/{token} (reset).
Result<Response> set_password_page(const Request& request, Services& services, std::string_view token,
                                   TokenPurpose purpose);
Result<Response> set_password(const Request& request, Services& services, std::string_view token,
                              TokenPurpose purpose); ///< POST
Response forgot_password_page(const Request& request, Services& services);         ///< GET /passwort-vergessen
Result<Response> forgot_password(const Request& request, Services& services);      ///< POST: mails a reset link

} // namespace rundum::web
