// SPDX-License-Identifier: EUPL-1.2
// Network meetings: the list, a meeting's page, and the admins' forms to plan, change, cancel
// and delete them. Agenda, registration and minutes have their own files.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /treffen: upcoming meetings first, then past ones.
Result<Response> meeting_list_page(const Request& request, Services& services);
/// GET /treffen/{id}: what the visitor may see of one meeting.
Result<Response> meeting_page(const Request& request, Services& services, std::string_view id);
/// GET /treffen/neu
Result<Response> new_meeting_page(const Request& request, Services& services);
/// POST /treffen/neu
Result<Response> create_meeting(const Request& request, Services& services);
/// GET /treffen/{id}/bearbeiten
Result<Response> meeting_edit_page(const Request& request, Services& services, std::string_view id);
/// POST /treffen/{id}/bearbeiten (raises the calendar sequence)
Result<Response> save_meeting(const Request& request, Services& services, std::string_view id);
/// POST /treffen/{id}/loeschen (with the confirmation tick)
Result<Response> delete_meeting(const Request& request, Services& services, std::string_view id);

} // namespace rundum::web
