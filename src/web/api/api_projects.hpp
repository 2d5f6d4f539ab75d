// The API of Praxisbeispiele and search (documented in docs/api.md). Reading is open (members-
// only projects need a session or a personal API token); writing needs an API token.
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Response api_projects(const Request& request, Services& services);                       ///< GET /api/v1/projects
Response api_project(const Request& request, Services& services, std::string_view id);   ///< GET /api/v1/projects/{id}
Response api_search(const Request& request, Services& services);                         ///< GET /api/v1/search?q=
Response api_topics(const Request& request, Services& services);                         ///< GET /api/v1/topics
Response api_create_project(const Request& request, Services& services);                 ///< POST /api/v1/projects
Response api_replace_project(const Request& request, Services& services, std::string_view id); ///< PUT /api/v1/projects/{id}
Response api_delete_project(const Request& request, Services& services, std::string_view id);  ///< DELETE /api/v1/projects/{id}

} // namespace rundum::web
