// SPDX-License-Identifier: EUPL-1.2
// The search page (everything the network publishes) and the list of Praxisbeispiele: one
// result page with facets, sorting and paging, all plain links; and suggestions while typing.
#pragma once

#include "core/result.hpp"
#include "web/http/http_types.hpp"
#include "web/http/services.hpp"

namespace rundum::web {

/// GET /suche?q=...: projects and cities.
Result<Response> search_page(const Request& request, Services& services);

/// GET /praxisbeispiele: projects only, with export links for the current filter.
Result<Response> project_list_page(const Request& request, Services& services);

/// GET /suche/vorschlaege?q=kit: titles for the words typed so far, as JSON (for the
/// search box's suggestions; the page works without them).
Result<Response> search_suggestions(const Request& request, Services& services);

} // namespace rundum::web
