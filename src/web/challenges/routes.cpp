// SPDX-License-Identifier: EUPL-1.2
// The shared challenges and the cities' approaches to them.
#include "web/routes.hpp"

#include "web/challenges/challenge_approach_pages.hpp"
#include "web/challenges/challenge_pages.hpp"

namespace rundum::web {

RouteList challenge_routes()
{
    RouteList routes;
    routes.push_back(get("/herausforderungen", challenge_list_page).cached());
    routes.push_back(get("/herausforderungen/neu", new_challenge_page).members());
    routes.push_back(post("/herausforderungen/neu", create_challenge).members());
    routes.push_back(get("/herausforderungen/{slug}", challenge_page).cached());
    routes.push_back(get("/herausforderungen/{slug}/bearbeiten", challenge_edit_page).members());
    routes.push_back(post("/herausforderungen/{slug}/bearbeiten", save_challenge).members());
    routes.push_back(post("/herausforderungen/{slug}/loeschen", delete_challenge).members());
    routes.push_back(get("/herausforderungen/{slug}/ansatz", approach_page).members());
    routes.push_back(post("/herausforderungen/{slug}/ansatz", save_approach).members());
    return routes;
}

} // namespace rundum::web
