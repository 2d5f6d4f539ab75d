// SPDX-License-Identifier: EUPL-1.2
// The route table: the features' lists joined. The router picks the most specific pattern, so
// the order here does not matter.
#include "web/routes.hpp"

namespace rundum::web {

RouteList all_routes()
{
    RouteList all;
    for (RouteList (*feature)() : {edge_routes, home_routes, city_routes, similarity_routes, project_routes,
                                   search_routes, adoption_routes, challenge_routes, question_routes, pilot_routes,
                                   meeting_routes, account_routes, admin_routes, privacy_routes, api_routes}) {
        for (Route& route : feature()) {
            all.push_back(std::move(route));
        }
    }
    return all;
}

} // namespace rundum::web
