// SPDX-License-Identifier: EUPL-1.2
// The milestones of a pilot project: the lead cities (and admins) add, change, remove them and
// set their status, all rows in one form.
#pragma once

#include <string_view>

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> milestones_page(const Request& request, Services& services, std::string_view slug); ///< GET /pilotprojekte/{slug}/meilensteine
Result<Response> save_milestones(const Request& request, Services& services, std::string_view slug); ///< POST /pilotprojekte/{slug}/meilensteine

} // namespace rundum::web
