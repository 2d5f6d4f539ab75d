// SPDX-License-Identifier: EUPL-1.2
// The search page and the suggestions while typing.
#include "web/routes.hpp"

#include "web/search/search_pages.hpp"

namespace rundum::web {

RouteList search_routes()
{
    RouteList routes;
    routes.push_back(get("/suche", search_page).cached());
    routes.push_back(get("/suche/vorschlaege", search_suggestions).cached());
    return routes;
}

} // namespace rundum::web
