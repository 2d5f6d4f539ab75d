// SPDX-License-Identifier: EUPL-1.2
// The API of cities like mine: GET /api/v1/cities/{slug}/similar (and, with the learning records,
// /recommendations).
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /api/v1/cities/{slug}/similar?indicators=child_poverty,rent
Result<Response> api_similar_cities(const Request& request, Services& services, std::string_view slug);

/// GET /api/v1/cities/{slug}/recommendations?indicators=child_poverty,rent
Result<Response> api_recommendations(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
