// SPDX-License-Identifier: EUPL-1.2
// The privacy notice, its operator form, and a member's own data (Art. 15 GDPR).
#include "web/routes.hpp"

#include "web/privacy/privacy_pages.hpp"

namespace rundum::web {

RouteList privacy_routes()
{
    RouteList routes;
    routes.push_back(get("/datenschutz", privacy_notice_page).cached());
    routes.push_back(get("/verwaltung/datenschutz", privacy_edit_page).members());
    routes.push_back(post("/verwaltung/datenschutz", save_privacy_notice).members());
    routes.push_back(get("/konto/meine-daten", personal_data_page).members());
    routes.push_back(get("/konto/daten.json", personal_data_json).members());
    return routes;
}

} // namespace rundum::web
