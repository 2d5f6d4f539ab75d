// SPDX-License-Identifier: EUPL-1.2
// The city directory, a city's page, profile, image, contact card and indicators.
#include "web/routes.hpp"

#include "web/cities/city_edit_pages.hpp"
#include "web/cities/city_image_pages.hpp"
#include "web/cities/city_pages.hpp"
#include "web/cities/indicator_pages.hpp"

namespace rundum::web {

RouteList city_routes()
{
    RouteList routes;
    routes.push_back(get("/staedte", directory_page).cached());
    routes.push_back(get("/staedte/{slug}", city_page).cached());
    routes.push_back(get("/staedte/{slug}/kontakt.vcf", city_vcard).cached());
    routes.push_back(get("/staedte/{slug}/bild", city_image).cached());
    routes.push_back(post("/staedte/{slug}/bild", upload_city_image).members().upload());
    routes.push_back(post("/staedte/{slug}/bild/entfernen", remove_city_image).members());
    routes.push_back(get("/staedte/{slug}/bearbeiten", city_edit_page).members());
    routes.push_back(post("/staedte/{slug}/bearbeiten", save_city_profile).members());
    routes.push_back(get("/staedte/{slug}/versionen", city_versions_page).members());
    routes.push_back(post("/staedte/{slug}/versionen", restore_city_version).members());
    routes.push_back(get("/staedte/{slug}/kennzahlen", city_indicators_page).cached());
    routes.push_back(get("/staedte/{slug}/kennzahlen/bearbeiten", indicators_edit_page).members());
    routes.push_back(post("/staedte/{slug}/kennzahlen/bearbeiten", save_indicators).members());
    return routes;
}

} // namespace rundum::web
