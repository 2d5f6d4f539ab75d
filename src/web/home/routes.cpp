// SPDX-License-Identifier: EUPL-1.2
// The start page and the members' news since the last meeting.
#include "web/routes.hpp"

#include "web/home/home_page.hpp"
#include "web/home/network_news_pages.hpp"

namespace rundum::web {

RouteList home_routes()
{
    RouteList routes;
    routes.push_back(get("/", home_page).cached());
    routes.push_back(get(NETWORK_NEWS_PATH, network_news_page).members());
    return routes;
}

} // namespace rundum::web
