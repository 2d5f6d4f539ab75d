// SPDX-License-Identifier: EUPL-1.2
// Coordinators keep their city's profile current: the edit form, versions, restore.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> city_edit_page(const Request& request, Services& services, std::string_view slug);      ///< GET /staedte/{slug}/bearbeiten
Result<Response> save_city_profile(const Request& request, Services& services, std::string_view slug);   ///< POST
Result<Response> city_versions_page(const Request& request, Services& services, std::string_view slug);  ///< GET /staedte/{slug}/versionen
Result<Response> restore_city_version(const Request& request, Services& services, std::string_view slug); ///< POST

} // namespace rundum::web
