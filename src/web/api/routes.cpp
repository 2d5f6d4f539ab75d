// SPDX-License-Identifier: EUPL-1.2
// The JSON API under /api/v1: reads for everyone (a token's member sees more, never cached), writes with a personal API token.
#include "web/routes.hpp"

#include "web/adoptions/learning_network_pages.hpp"
#include "web/api/api_cities.hpp"
#include "web/api/api_meetings.hpp"
#include "web/api/api_project_writes.hpp"
#include "web/api/api_projects.hpp"
#include "web/api/api_similarity.hpp"

namespace rundum::web {

RouteList api_routes()
{
    RouteList routes;
    routes.push_back(get("/api/v1/cities", api_cities).cached());
    routes.push_back(get("/api/v1/cities/{slug}", api_city).cached());
    routes.push_back(get("/api/v1/cities/{slug}/similar", api_similar_cities).cached());
    routes.push_back(get("/api/v1/cities/{slug}/recommendations", api_recommendations).cached());
    routes.push_back(get("/api/v1/projects", api_projects).cached());
    routes.push_back(post("/api/v1/projects", api_create_project).api_token());
    routes.push_back(get("/api/v1/projects/{id}", api_project).cached());
    routes.push_back(put("/api/v1/projects/{id}", api_replace_project).api_token());
    routes.push_back(del("/api/v1/projects/{id}", api_delete_project).api_token());
    routes.push_back(get("/api/v1/search", api_search).cached());
    routes.push_back(get("/api/v1/meetings", api_meetings).cached());
    routes.push_back(get("/api/v1/adoptions", api_adoptions).cached());
    routes.push_back(get("/api/v1/topics", api_topics).cached());
    return routes;
}

} // namespace rundum::web
