// SPDX-License-Identifier: EUPL-1.2
// The admins' pages: members and invitations, topics.
#include "web/routes.hpp"

#include "web/admin/admin_pages.hpp"
#include "web/admin/topic_pages.hpp"

namespace rundum::web {

RouteList admin_routes()
{
    RouteList routes;
    routes.push_back(get("/verwaltung", admin_page).members());
    routes.push_back(post("/verwaltung/einladen", invite_member).members().small_form());
    routes.push_back(get("/verwaltung/themen", topics_page).members());
    routes.push_back(post("/verwaltung/themen", save_topics).members());
    return routes;
}

} // namespace rundum::web
