// SPDX-License-Identifier: EUPL-1.2
// A city's approach to a shared challenge: the form its coordinators (and admins, who choose
// the city with ?stadt=slug) fill in, with the city's own projects that belong to the challenge.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /herausforderungen/{slug}/ansatz[?stadt=slug]: the form, or an admin's choice of city.
Result<Response> approach_page(const Request& request, Services& services, std::string_view slug);
/// POST /herausforderungen/{slug}/ansatz[?stadt=slug]
Result<Response> save_approach(const Request& request, Services& services, std::string_view slug);

} // namespace rundum::web
