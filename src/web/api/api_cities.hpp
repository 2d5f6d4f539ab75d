// SPDX-License-Identifier: EUPL-1.2
// The JSON API for member cities (docs/api.md).
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /api/v1/cities: all member cities.
Result<Response> api_cities(const Request& request, Services& services);

/// GET /api/v1/cities/{slug}: one member city.
Result<Response> api_city(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
