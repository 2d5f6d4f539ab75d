// SPDX-License-Identifier: EUPL-1.2
// "Städte wie meine": the member cities ranked by likeness to a chosen city on chosen
// structural indicators, explained in words, with the figures side by side.
#pragma once

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /aehnliche-staedte?stadt=leipzig&merkmal=child_poverty&merkmal=rent
Result<Response> similar_cities_page(const Request& request, Services& services);

} // namespace rundum::web
