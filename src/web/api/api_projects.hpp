// SPDX-License-Identifier: EUPL-1.2
// Reading Praxisbeispiele and searching through the API (docs/api.md): open to all (members-
// only projects need a session or a personal API token); writing is in api_project_writes.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> api_projects(const Request& request, Services& services);                       ///< GET /api/v1/projects
Result<Response> api_project(const Request& request, Services& services, std::string_view id);   ///< GET /api/v1/projects/{id}
Result<Response> api_search(const Request& request, Services& services);                         ///< GET /api/v1/search?q=
Result<Response> api_topics(const Request& request, Services& services);                         ///< GET /api/v1/topics

} // namespace rundum::web
