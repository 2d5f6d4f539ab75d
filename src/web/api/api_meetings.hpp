// SPDX-License-Identifier: EUPL-1.2
// GET /api/v1/meetings: every meeting with its agenda, as the caller may see it (members with a
// session or a personal token also get the online link, the description, proposals,
// registrations, minutes and action items).
#pragma once

#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> api_meetings(const Request& request, Services& services);

} // namespace rundum::web
