// SPDX-License-Identifier: EUPL-1.2
// Writing Praxisbeispiele through the API (docs/api.md): with a personal API token only.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> api_create_project(const Request& request, Services& services);                       ///< POST /api/v1/projects
Result<Response> api_replace_project(const Request& request, Services& services, std::string_view id); ///< PUT /api/v1/projects/{id}
Result<Response> api_delete_project(const Request& request, Services& services, std::string_view id);  ///< DELETE /api/v1/projects/{id}

} // namespace rundum::web
