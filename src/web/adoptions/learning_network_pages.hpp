// SPDX-License-Identifier: EUPL-1.2
// Who learned from whom: the network of adoptions and advice between the member cities, as a
// picture drawn by the server with the same records in a table beside it, and counts over time.
#pragma once

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /lernnetz, and /lernnetz?stadt=leipzig for one city's learning.
Result<Response> learning_network_page(const Request& request, Services& services);

/// GET /api/v1/adoptions (?city=slug): the adoptions and advice the caller may see.
Result<Response> api_adoptions(const Request& request, Services& services);

} // namespace rundum::web
