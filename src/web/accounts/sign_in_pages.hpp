// SPDX-License-Identifier: EUPL-1.2
// Signing in (throttled, answering alike for unknown addresses) and signing out.
#pragma once

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Response sign_in_page(const Request& request, Services& services);       ///< GET /anmelden
Result<Response> sign_in(const Request& request, Services& services);    ///< POST /anmelden
Response sign_out(const Request& request, Services& services);           ///< POST /abmelden

} // namespace rundum::web
