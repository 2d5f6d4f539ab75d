// SPDX-License-Identifier: EUPL-1.2
// Practice examples: the list and its exports, a project's page, form, versions and attachments.
#include "web/routes.hpp"

#include "web/projects/project_attachment_pages.hpp"
#include "web/projects/project_exports.hpp"
#include "web/projects/project_forms.hpp"
#include "web/projects/project_pages.hpp"
#include "web/search/search_pages.hpp"

namespace rundum::web {

RouteList project_routes()
{
    RouteList routes;
    routes.push_back(get("/praxisbeispiele", project_list_page).cached());
    routes.push_back(get("/praxisbeispiele.csv", project_list_csv).cached());
    routes.push_back(get("/praxisbeispiele.xlsx", project_list_xlsx).cached());
    routes.push_back(get("/praxisbeispiele.atom", project_feed).cached());
    routes.push_back(get("/praxisbeispiele/neu", new_project_page).members());
    routes.push_back(post("/praxisbeispiele/neu", create_project).members());
    // Members see members-only projects: their answers never come from the shared cache.
    routes.push_back(get("/praxisbeispiele/{id}", project_page).cached());
    routes.push_back(get("/praxisbeispiele/{id}/bearbeiten", project_edit_page).members());
    routes.push_back(post("/praxisbeispiele/{id}/bearbeiten", save_project).members());
    routes.push_back(get("/praxisbeispiele/{id}/versionen", project_versions_page).members());
    routes.push_back(post("/praxisbeispiele/{id}/versionen", restore_project_version).members());
    routes.push_back(post("/praxisbeispiele/{id}/loeschen", delete_project).members());
    routes.push_back(post("/praxisbeispiele/{id}/anhaenge", upload_attachment).members().upload());
    // Files of members-only projects depend on who asks: never from the shared cache.
    routes.push_back(get("/praxisbeispiele/{id}/anhaenge/{file}", download_attachment));
    routes.push_back(post("/praxisbeispiele/{id}/anhaenge/{file}/entfernen", remove_attachment).members());
    return routes;
}

} // namespace rundum::web
