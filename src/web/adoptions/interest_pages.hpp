// SPDX-License-Identifier: EUPL-1.2
// "Wir sind interessiert": a city's coordinators say they are interested in a Praxisbeispiel;
// the first time, the original city's members are told in rundum and its contact by email.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> interest_page(const Request& request, Services& services, std::string_view project_id);    ///< GET /praxisbeispiele/{id}/interesse
Result<Response> express_interest(const Request& request, Services& services, std::string_view project_id); ///< POST
Result<Response> withdraw_interest(const Request& request, Services& services, std::string_view project_id); ///< POST /praxisbeispiele/{id}/interesse/zurueckziehen

} // namespace rundum::web
