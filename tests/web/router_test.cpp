// SPDX-License-Identifier: EUPL-1.2
// The router: the most specific pattern wins, parameters are never empty, a path known for
// another method is a 405 with the methods it has, and the real route table is consistent.
#include <set>
#include <stdexcept>
#include <string>

#include <gtest/gtest.h>

#include "web/http/router.hpp"
#include "web/routes.hpp"

namespace rundum::web {
namespace {

Response named(const char* name)
{
    return Response{200, "text/plain", name, {}};
}

Response list(const Request&, Services&) { return named("list"); }
Response fresh(const Request&, Services&) { return named("new"); }
Response one(const Request&, Services&, std::string_view) { return named("one"); }
Response two(const Request&, Services&, std::string_view, std::string_view) { return named("two"); }

RouteList sample_routes()
{
    RouteList routes;
    routes.push_back(get("/", list));
    routes.push_back(get("/projekte", list));
    routes.push_back(get("/projekte/neu", fresh));
    routes.push_back(post("/projekte/neu", fresh).members());
    routes.push_back(get("/projekte/{id}", one).cached());
    routes.push_back(get("/projekte/{id}.ics", one));
    routes.push_back(get("/projekte/{id}/anhaenge/{file}", two));
    routes.push_back(post("/projekte/{id}/loeschen", one));
    routes.push_back(put("/api/{id}", one));
    routes.push_back(del("/api/{id}", one));
    return routes;
}

TEST(Router, ALiteralSegmentBeatsAParameter)
{
    const Router router(sample_routes());
    RouteMatch match = router.find("GET", "/projekte/neu");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.route->pattern, "/projekte/neu");
    EXPECT_TRUE(match.params.empty());

    match = router.find("GET", "/projekte/p-7");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.route->pattern, "/projekte/{id}");
    ASSERT_EQ(match.params.size(), 1U);
    EXPECT_EQ(match.params[0], "p-7");
    EXPECT_EQ(match.route->caching, Caching::SharedForPublic);
}

TEST(Router, AParameterWithASuffixBeatsABareOne)
{
    const Router router(sample_routes());
    const RouteMatch match = router.find("GET", "/projekte/m-3.ics");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.route->pattern, "/projekte/{id}.ics");
    ASSERT_EQ(match.params.size(), 1U);
    EXPECT_EQ(match.params[0], "m-3");
}

TEST(Router, TwoParametersAreReadInOrder)
{
    const Router router(sample_routes());
    const RouteMatch match = router.find("HEAD", "/projekte/p-1/anhaenge/a-2");
    ASSERT_NE(match.route, nullptr) << "GET routes answer HEAD";
    ASSERT_EQ(match.params.size(), 2U);
    EXPECT_EQ(match.params[0], "p-1");
    EXPECT_EQ(match.params[1], "a-2");
}

TEST(Router, EmptyOrExtraSegmentsMatchNothing)
{
    const Router router(sample_routes());
    for (const char* path : {"/projekte//anhaenge/a", "/projekte/p-1/anhaenge/", "/projekte/p-1/x/y/z", "/gibt-es-nicht",
                             "//projekte"}) {
        const RouteMatch match = router.find("GET", path);
        EXPECT_EQ(match.route, nullptr) << path;
        EXPECT_FALSE(match.path_known) << path;
    }
    EXPECT_NE(router.find("GET", "/").route, nullptr);
}

TEST(Router, AnotherMethodOfAKnownPathListsTheAllowedOnes)
{
    const Router router(sample_routes());
    RouteMatch match = router.find("DELETE", "/projekte/neu");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_TRUE(match.path_known);
    EXPECT_EQ(match.allow, "GET, HEAD, POST");

    match = router.find("GET", "/projekte/p-1/loeschen");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_EQ(match.allow, "POST");

    match = router.find("POST", "/api/x");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_EQ(match.allow, "PUT, DELETE");
}

TEST(Router, ARouteTwiceForOneMethodIsRefusedAtStart)
{
    RouteList routes;
    routes.push_back(get("/doppelt", list));
    routes.push_back(get("/doppelt", fresh));
    EXPECT_THROW(Router{std::move(routes)}, std::logic_error);
}

// The real table: it loads, every route is reachable by its own pattern, and members' forms,
// uploads and API writes carry the policies they need.
TEST(RouteTable, EveryRouteIsFoundByItsOwnPattern)
{
    const Router router(all_routes());
    std::set<std::string> patterns;
    for (const Route& route : router.routes()) {
        std::string path;
        // "{id}" -> "x1": a path of the pattern's own shape.
        for (std::size_t i = 0; i < route.pattern.size(); ++i) {
            if (route.pattern[i] == '{') {
                i = route.pattern.find('}', i);
                path += "x1";
            } else {
                path += route.pattern[i];
            }
        }
        const char* method = route.method == Method::Get    ? "GET"
                             : route.method == Method::Post ? "POST"
                             : route.method == Method::Put  ? "PUT"
                                                            : "DELETE";
        const RouteMatch match = router.find(method, path);
        ASSERT_NE(match.route, nullptr) << route.pattern;
        EXPECT_EQ(match.route->pattern, route.pattern) << path;
        if (route.method == Method::Post && route.pattern.starts_with("/api/")) {
            EXPECT_EQ(route.access, Access::ApiToken) << route.pattern;
        }
        if (route.body == BodyLimit::Upload) {
            EXPECT_EQ(route.access, Access::Members) << route.pattern << ": uploads only by members";
        }
        if (route.caching == Caching::SharedForPublic) {
            EXPECT_EQ(route.method, Method::Get) << route.pattern;
        }
        patterns.insert(std::string(route.pattern));
    }
    EXPECT_GT(patterns.size(), 100U) << "the whole of rundum";
}

} // namespace
} // namespace rundum::web
