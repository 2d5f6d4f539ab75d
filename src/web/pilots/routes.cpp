// SPDX-License-Identifier: EUPL-1.2
// Joint pilot projects: pages, the lead cities' forms, each partner's entry, documents.
#include "web/routes.hpp"

#include "web/pilots/pilot_milestone_pages.hpp"
#include "web/pilots/pilot_pages.hpp"
#include "web/pilots/pilot_partner_pages.hpp"

namespace rundum::web {

RouteList pilot_routes()
{
    RouteList routes;
    routes.push_back(get("/pilotprojekte", pilot_list_page).cached());
    routes.push_back(get("/pilotprojekte/neu", new_pilot_page).members());
    routes.push_back(post("/pilotprojekte/neu", create_pilot).members());
    routes.push_back(get("/pilotprojekte/{slug}", pilot_page).cached());
    routes.push_back(get("/pilotprojekte/{slug}/bearbeiten", pilot_edit_page).members());
    routes.push_back(post("/pilotprojekte/{slug}/bearbeiten", save_pilot).members());
    routes.push_back(post("/pilotprojekte/{slug}/loeschen", delete_pilot).members());
    routes.push_back(get("/pilotprojekte/{slug}/meilensteine", milestones_page).members());
    routes.push_back(post("/pilotprojekte/{slug}/meilensteine", save_milestones).members());
    routes.push_back(get("/pilotprojekte/{slug}/partner/{city}", partner_entry_page).members());
    routes.push_back(post("/pilotprojekte/{slug}/partner/{city}", save_partner_entry).members());
    routes.push_back(post("/pilotprojekte/{slug}/dokumente", upload_pilot_document).members().upload());
    // Members-only documents depend on who asks: never from the shared cache.
    routes.push_back(get("/pilotprojekte/{slug}/dokumente/{file}", download_pilot_document));
    routes.push_back(post("/pilotprojekte/{slug}/dokumente/{file}/entfernen", remove_pilot_document).members());
    return routes;
}

} // namespace rundum::web
