// SPDX-License-Identifier: EUPL-1.2
// A city's registration for a meeting: who comes, online or on site, until the deadline.
// Coordinators register their own city; admins choose the city and may change after the deadline.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /treffen/{id}/anmeldung (admins: ?stadt=<slug>)
Result<Response> registration_page(const Request& request, Services& services, std::string_view meeting_id);
/// POST /treffen/{id}/anmeldung
Result<Response> save_registration(const Request& request, Services& services, std::string_view meeting_id);
/// POST /treffen/{id}/anmeldung/zurueckziehen
Result<Response> withdraw_registration(const Request& request, Services& services, std::string_view meeting_id);

} // namespace rundum::web
