// SPDX-License-Identifier: EUPL-1.2
// "Wir haben das übernommen": a city records that it adopted another city's Praxisbeispiel
// (with a copy to adapt, an existing project of its own, or none yet), edits the record with
// later updates, and deletes it.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> adopt_page(const Request& request, Services& services, std::string_view project_id);      ///< GET /praxisbeispiele/{id}/uebernehmen
Result<Response> record_adoption(const Request& request, Services& services, std::string_view project_id); ///< POST
Result<Response> adoption_edit_page(const Request& request, Services& services, std::string_view id);      ///< GET /uebernahmen/{id}/bearbeiten
Result<Response> save_adoption(const Request& request, Services& services, std::string_view id);           ///< POST
Result<Response> delete_adoption(const Request& request, Services& services, std::string_view id);         ///< POST /uebernahmen/{id}/loeschen

} // namespace rundum::web
