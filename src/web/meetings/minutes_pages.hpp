// SPDX-License-Identifier: EUPL-1.2
// After a meeting: the admins write the minutes, the decisions and the action items; the
// members of the responsible city mark their action items done.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /treffen/{id}/protokoll (admins)
Result<Response> minutes_page(const Request& request, Services& services, std::string_view meeting_id);
/// POST /treffen/{id}/protokoll: minutes and decisions.
Result<Response> save_minutes(const Request& request, Services& services, std::string_view meeting_id);
/// POST /treffen/{id}/aufgaben: a new action item.
Result<Response> add_action_item(const Request& request, Services& services, std::string_view meeting_id);
/// POST /treffen/{id}/aufgaben/{item}/entfernen
Result<Response> remove_action_item(const Request& request, Services& services, std::string_view meeting_id,
                            std::string_view item_id);
/// POST /aufgaben/{item}/erledigt: done ("ja") or open again ("nein"), back to `zurueck`.
Result<Response> complete_action_item(const Request& request, Services& services, std::string_view item_id);

} // namespace rundum::web
