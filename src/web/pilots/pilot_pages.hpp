// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects: the status overview, a pilot's page, and the lead cities' forms to
// create and change a pilot. Milestones are in pilot_milestone_pages, a city's own entry and
// the documents in pilot_partner_pages.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /pilotprojekte: every pilot the visitor may see with its cities, status and milestones.
Result<Response> pilot_list_page(const Request& request, Services& services);
/// GET /pilotprojekte/{slug}
Result<Response> pilot_page(const Request& request, Services& services, std::string_view slug);
/// GET /pilotprojekte/neu
Result<Response> new_pilot_page(const Request& request, Services& services);
/// POST /pilotprojekte/neu
Result<Response> create_pilot(const Request& request, Services& services);
/// GET /pilotprojekte/{slug}/bearbeiten
Result<Response> pilot_edit_page(const Request& request, Services& services, std::string_view slug);
/// POST /pilotprojekte/{slug}/bearbeiten
Result<Response> save_pilot(const Request& request, Services& services, std::string_view slug);

/// POST /pilotprojekte/{slug}/loeschen (confirm=ja): admins and coordinators of a lead city.
Result<Response> delete_pilot(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
