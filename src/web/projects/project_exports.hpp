// SPDX-License-Identifier: EUPL-1.2
// Praxisbeispiele for other programs: the list's current filter as CSV and XLSX, and an Atom
// feed of new public projects.
#pragma once

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> project_list_csv(const Request& request, Services& services);  ///< GET /praxisbeispiele.csv?<filter>
Result<Response> project_list_xlsx(const Request& request, Services& services); ///< GET /praxisbeispiele.xlsx?<filter>
Result<Response> project_feed(const Request& request, Services& services);       ///< GET /praxisbeispiele.atom

} // namespace rundum::web
