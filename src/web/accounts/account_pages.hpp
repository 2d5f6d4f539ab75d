// Signing in and out, first passwords from one-time links, and the member's own account.
#pragma once

#include <string_view>

#include "core/account.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Response sign_in_page(const Request& request, Services& services);          ///< GET /anmelden
Response sign_in(const Request& request, Services& services);               ///< POST /anmelden
Response sign_out(const Request& request, Services& services);              ///< POST /abmelden
/// GET /passwort-setzen/{token} (first password) and /passwort-neu/{token} (reset).
Response set_password_page(const Request& request, Services& services, std::string_view token, TokenPurpose purpose);
Response set_password(const Request& request, Services& services, std::string_view token, TokenPurpose purpose); ///< POST
Response forgot_password_page(const Request& request, Services& services); ///< GET /passwort-vergessen
Response forgot_password(const Request& request, Services& services);      ///< POST: mails a reset link
Response account_page(const Request& request, Services& services);         ///< GET /konto
/// The account page with extra fields (a new API token shown once, form errors).
Response account_page_with(const Request& request, Services& services, TemplateData page);
Response sign_out_everywhere(const Request& request, Services& services);  ///< POST /konto/ueberall-abmelden
Response delete_account(const Request& request, Services& services);       ///< POST /konto/loeschen

} // namespace rundum::web
