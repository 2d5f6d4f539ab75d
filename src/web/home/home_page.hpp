// SPDX-License-Identifier: EUPL-1.2
// The start page: what the network is, and the way to its members.
#pragma once

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /: the network in brief and the member cities by name.
Result<Response> home_page(const Request& request, Services& services);

} // namespace rundum::web
