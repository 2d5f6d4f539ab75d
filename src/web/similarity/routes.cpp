// SPDX-License-Identifier: EUPL-1.2
// Cities like mine.
#include "web/routes.hpp"

#include "web/similarity/similar_cities_pages.hpp"

namespace rundum::web {

RouteList similarity_routes()
{
    RouteList routes;
    routes.push_back(get("/aehnliche-staedte", similar_cities_page).cached());
    return routes;
}

} // namespace rundum::web
