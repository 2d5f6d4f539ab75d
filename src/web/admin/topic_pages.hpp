// SPDX-License-Identifier: EUPL-1.2
// The admin's taxonomy of topics: rename, reorder, remove, add.
#pragma once

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

Result<Response> topics_page(const Request& request, Services& services);  ///< GET /verwaltung/themen
Result<Response> save_topics(const Request& request, Services& services);  ///< POST

} // namespace rundum::web
