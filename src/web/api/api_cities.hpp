// The JSON API for member cities (docs/api.md).
#pragma once

#include <string_view>

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /api/v1/cities: all member cities.
Response api_cities(const Request& request, Services& services);

/// GET /api/v1/cities/{slug}: one member city.
Response api_city(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
