// SPDX-License-Identifier: EUPL-1.2
// The member's own account: the page, signing out everywhere, deleting the account.
#pragma once

#include <string>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Response account_page(const Request& request, Services& services);         ///< GET /konto
/// The account page with extra fields (a new API token shown once, form errors). For a signed-in
/// member only: every caller's route is `.members()`, so the router has checked.
Response account_page_with(const Request& request, Services& services, TemplateData page);
/// The account page again with `message` at `field` of one of its forms, answered with `status`.
Response account_form_error(const Request& request, Services& services, const std::string& field,
                            const std::string& message, int status);
Result<Response> sign_out_everywhere(const Request& request, Services& services);  ///< POST /konto/ueberall-abmelden
Result<Response> delete_account(const Request& request, Services& services);       ///< POST /konto/loeschen

} // namespace rundum::web
