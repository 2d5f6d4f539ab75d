// SPDX-License-Identifier: EUPL-1.2
// Nachmachen: adoptions, interest, advice and the learning network.
#include "web/routes.hpp"

#include "web/adoptions/adoption_pages.hpp"
#include "web/adoptions/advice_pages.hpp"
#include "web/adoptions/interest_pages.hpp"
#include "web/adoptions/learning_network_pages.hpp"

namespace rundum::web {

RouteList adoption_routes()
{
    RouteList routes;
    routes.push_back(get("/lernnetz", learning_network_page).cached());
    routes.push_back(get("/praxisbeispiele/{id}/uebernehmen", adopt_page).members());
    routes.push_back(post("/praxisbeispiele/{id}/uebernehmen", record_adoption).members());
    routes.push_back(get("/uebernahmen/{id}/bearbeiten", adoption_edit_page).members());
    routes.push_back(post("/uebernahmen/{id}/bearbeiten", save_adoption).members());
    routes.push_back(post("/uebernahmen/{id}/loeschen", delete_adoption).members());
    routes.push_back(get("/praxisbeispiele/{id}/interesse", interest_page).members());
    routes.push_back(post("/praxisbeispiele/{id}/interesse", express_interest).members());
    routes.push_back(post("/praxisbeispiele/{id}/interesse/zurueckziehen", withdraw_interest).members());
    routes.push_back(get("/praxisbeispiele/{id}/beratung", advice_page).members());
    routes.push_back(post("/praxisbeispiele/{id}/beratung", record_advice).members());
    routes.push_back(post("/beratung/{id}/loeschen", delete_advice).members());
    return routes;
}

} // namespace rundum::web
