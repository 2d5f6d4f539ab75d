// SPDX-License-Identifier: EUPL-1.2
// A meeting's agenda: members propose items (present one of their city's projects, discuss a
// challenge, or something else); admins accept or decline them, order them, set times and add
// items of their own.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /treffen/{id}/vorschlagen
Result<Response> propose_page(const Request& request, Services& services, std::string_view meeting_id);
/// POST /treffen/{id}/vorschlagen
Result<Response> propose_item(const Request& request, Services& services, std::string_view meeting_id);
/// GET /treffen/{id}/tagesordnung (admins)
Result<Response> agenda_page(const Request& request, Services& services, std::string_view meeting_id);
/// POST /treffen/{id}/tagesordnung: status, position, start and duration of every item.
Result<Response> save_agenda(const Request& request, Services& services, std::string_view meeting_id);
/// POST /treffen/{id}/tagesordnung/neu: an admin's own item, accepted at once.
Result<Response> add_agenda_item(const Request& request, Services& services, std::string_view meeting_id);

} // namespace rundum::web
