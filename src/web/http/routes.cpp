// SPDX-License-Identifier: EUPL-1.2
// The routes of the HTTP edge: the health check and the static files (answered even when the database is away).
#include "web/routes.hpp"

#include "web/http/static_files.hpp"

namespace rundum::web {

namespace {

Response health(const Request&, Services&)
{
    return Response{200, "text/plain; charset=utf-8", "ok\n", {}};
}

} // namespace

RouteList edge_routes()
{
    RouteList routes;
    routes.push_back(get("/healthz", health).without_store());
    routes.push_back(get("/static/{name}", static_file).without_store());
    return routes;
}

} // namespace rundum::web
