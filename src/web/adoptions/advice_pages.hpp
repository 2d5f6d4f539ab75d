// SPDX-License-Identifier: EUPL-1.2
// Advice between cities: record that one city advised another on a Praxisbeispiel (München's
// Babybegrüßungspaket ← Leipzig), and delete such a record.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> advice_page(const Request& request, Services& services, std::string_view project_id);   ///< GET /praxisbeispiele/{id}/beratung
Result<Response> record_advice(const Request& request, Services& services, std::string_view project_id); ///< POST
Result<Response> delete_advice(const Request& request, Services& services, std::string_view id);         ///< POST /beratung/{id}/loeschen

} // namespace rundum::web
