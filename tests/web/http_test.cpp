// SPDX-License-Identifier: EUPL-1.2
// HTTP behaviour of a real `rundum serve` on 127.0.0.1 with the demo network.
#include <gtest/gtest.h>

#include <fstream>

#include <boost/json.hpp>

#include "process.hpp"
#include "test_database.hpp"
#include "text_checks.hpp"

namespace rundum::testing {
namespace {

// rundum with the given arguments followed by the database's (--db URL on PostgreSQL).
CommandResult rundum_on(const TestDatabase& database, std::vector<std::string> arguments)
{
    arguments.insert(arguments.begin(), rundum_binary());
    for (const std::string& argument : database.arguments()) {
        arguments.push_back(argument);
    }
    return run_command(arguments);
}


class HttpTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_directory = new TemporaryDirectory();
        s_database = new TestDatabase();
        auto init = rundum_on(*s_database, {"init", "--data", (s_directory->path() / "data").string(), "--demo"});
        ASSERT_EQ(init.exit_code, 0) << init.err;
        s_server = new ServerProcess(s_directory->path() / "data", s_database->arguments());
    }

    static void TearDownTestSuite()
    {
        delete s_server;
        delete s_database;
        delete s_directory;
    }

    static HttpAnswer get(const std::string& target) { return http_get(s_server->port(), target); }

    static inline TemporaryDirectory* s_directory = nullptr;
    static inline TestDatabase* s_database = nullptr;
    static inline ServerProcess* s_server = nullptr;
};

TEST_F(HttpTest, StartPageExplainsTheNetworkInGermanAndLinksToTheDirectory)
{
    auto page = get("/");
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(page.content_type, "text/html; charset=utf-8");
    EXPECT_TRUE(contains(page.body, "<html lang=\"de\">"));
    EXPECT_TRUE(contains(page.body, "2010"));
    EXPECT_TRUE(contains(page.body, "Frankfurter Bündnisses für Familien"));
    EXPECT_TRUE(contains(page.body, "Pilotprojekte"));
    EXPECT_TRUE(contains(page.body, "href=\"/staedte\""));
    EXPECT_TRUE(contains(page.body, "href=\"/static/style.css\""));
}

TEST_F(HttpTest, DirectoryListsAllFifteenMemberCitiesWithMapMarkers)
{
    auto page = get("/staedte");
    ASSERT_EQ(page.status, 200);
    for (const char* name : {"Berlin", "Dortmund", "Essen", "Frankfurt am Main", "Hamburg", "Hamm",
                             "Hannover", "Heidelberg", "Jena", "Karlsruhe", "Koblenz", "Leipzig",
                             "Magdeburg", "München", "Nürnberg"}) {
        EXPECT_TRUE(contains(page.body, std::string(">") + name + "</a></h3>")) << name;
    }
    std::size_t markers = 0;
    for (std::size_t at = page.body.find("<circle cx="); at != std::string::npos;
         at = page.body.find("<circle cx=", at + 1)) {
        ++markers;
    }
    EXPECT_EQ(markers, 15U);
    std::size_t states = 0;
    for (std::size_t at = page.body.find("<path d="); at != std::string::npos;
         at = page.body.find("<path d=", at + 1)) {
        ++states;
    }
    EXPECT_EQ(states, 16U);
    EXPECT_TRUE(contains(page.body, "© GeoBasis-DE / BKG 2021 (Daten verändert)"));
    EXPECT_TRUE(contains(page.body, "Hamburger Allianz für Familien"));
    EXPECT_TRUE(contains(page.body, "Ostseestr. 109"));
}

TEST_F(HttpTest, DirectorySaysWhichProfilesAreNotFilledIn)
{
    auto page = get("/staedte");
    std::size_t open_profiles = 0;
    for (std::size_t at = page.body.find("noch nicht ausgefüllt"); at != std::string::npos;
         at = page.body.find("noch nicht ausgefüllt", at + 1)) {
        ++open_profiles;
    }
    EXPECT_EQ(open_profiles, 5U);
}

TEST_F(HttpTest, CityPageShowsAllianceCoordinatorAddressWebsiteAndVcardLink)
{
    auto page = get("/staedte/muenchen");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<h1>München</h1>"));
    EXPECT_TRUE(contains(page.body, "Aktionsforum für Familien"));
    EXPECT_TRUE(contains(page.body, "Angelika Gramenz"));
    EXPECT_TRUE(contains(page.body, "Prielmayerstr.1"));
    EXPECT_TRUE(contains(page.body, "href=\"https://www.muenchen.de/familie\""));
    EXPECT_TRUE(contains(page.body, "href=\"/staedte/muenchen/kontakt.vcf\""));
}

TEST_F(HttpTest, CityPageOfAnOpenProfileSaysSo)
{
    auto page = get("/staedte/essen");
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "<h1>Essen</h1>"));
    EXPECT_TRUE(contains(page.body, "noch nicht ausgefüllt"));
    EXPECT_FALSE(contains(page.body, "kontakt.vcf"));
}

TEST_F(HttpTest, VcardIsServedAsADownload)
{
    auto card = get("/staedte/jena/kontakt.vcf");
    ASSERT_EQ(card.status, 200);
    EXPECT_EQ(card.content_type, "text/vcard; charset=utf-8");
    EXPECT_EQ(card.header("Content-Disposition"), "attachment; filename=\"jena.vcf\"");
    EXPECT_TRUE(contains(card.body, "FN:Stefanie Frommann\r\n"));
    EXPECT_TRUE(contains(card.body, "Dornburger Straße 26"));
}

TEST_F(HttpTest, UnknownPathsAnswer404WithAGermanPage)
{
    for (const char* path : {"/gibt-es-nicht", "/staedte/atlantis", "/staedte/atlantis/kontakt.vcf",
                             "/staedte/a/b/c", "/static/nothing.css"}) {
        auto page = get(path);
        EXPECT_EQ(page.status, 404) << path;
        EXPECT_EQ(page.content_type, "text/html; charset=utf-8") << path;
        EXPECT_TRUE(contains(page.body, "lang=\"de\"")) << path;
        EXPECT_TRUE(contains(page.body, "nicht gefunden") || contains(page.body, "gibt es nicht")) << path;
    }
}

TEST_F(HttpTest, UnknownApiPathsAnswer404AsJson)
{
    for (const char* path : {"/api/v1/nothing", "/api/v1/cities/atlantis", "/api/v2/cities"}) {
        auto answer = get(path);
        EXPECT_EQ(answer.status, 404) << path;
        EXPECT_EQ(answer.content_type, "application/json") << path;
        auto json = boost::json::parse(answer.body);
        EXPECT_EQ(json.at("error").at("status").as_int64(), 404) << path;
        EXPECT_FALSE(json.at("error").at("message").as_string().empty()) << path;
    }
}

TEST_F(HttpTest, ApiListsAllCitiesWithAllianceAndContactData)
{
    auto answer = get("/api/v1/cities");
    ASSERT_EQ(answer.status, 200);
    EXPECT_EQ(answer.content_type, "application/json");
    auto cities = boost::json::parse(answer.body).at("cities").as_array();
    ASSERT_EQ(cities.size(), 15U);
    const auto& berlin = cities[0].as_object();
    EXPECT_EQ(berlin.at("slug").as_string(), "berlin");
    EXPECT_EQ(berlin.at("alliance").as_string(), "Berliner Beirat für Familienfragen");
    EXPECT_EQ(berlin.at("contacts").as_array()[0].at("name").as_string(), "Gabriele Schmitz");
    EXPECT_EQ(berlin.at("address").at("postcode").as_string(), "10409");
    EXPECT_NEAR(berlin.at("location").at("latitude").to_number<double>(), 52.51767, 1e-9);
}

TEST_F(HttpTest, ApiGivesOneCityBySlug)
{
    auto answer = get("/api/v1/cities/hannover");
    ASSERT_EQ(answer.status, 200);
    auto city = boost::json::parse(answer.body).at("city").as_object();
    EXPECT_EQ(city.at("name").as_string(), "Hannover");
    EXPECT_EQ(city.at("website").as_string(), "");
    EXPECT_EQ(city.at("address").at("street").as_string(), "Joachimstraße 8");
}

TEST_F(HttpTest, EveryResponseCarriesSecurityHeaders)
{
    for (const char* path : {"/", "/staedte", "/api/v1/cities", "/nothing", "/static/style.css"}) {
        auto answer = get(path);
        EXPECT_TRUE(contains(answer.header("Content-Security-Policy"), "frame-ancestors 'none'")) << path;
        EXPECT_FALSE(contains(answer.header("Content-Security-Policy"), "unsafe-inline")) << path;
        EXPECT_EQ(answer.header("X-Content-Type-Options"), "nosniff") << path;
        EXPECT_FALSE(answer.header("Referrer-Policy").empty()) << path;
    }
}

TEST_F(HttpTest, StylesheetIsServedFromTheBinaryWithCaching)
{
    auto css = get("/static/style.css");
    ASSERT_EQ(css.status, 200);
    EXPECT_EQ(css.content_type, "text/css; charset=utf-8");
    EXPECT_TRUE(contains(css.body, "@media print"));
    EXPECT_TRUE(contains(css.header("Cache-Control"), "max-age"));
}

TEST_F(HttpTest, PagesLoadNothingFromOtherServers)
{
    for (const char* path : {"/", "/staedte", "/staedte/berlin"}) {
        auto page = get(path);
        for (const char* reference : {"src=\"http", "href=\"//", "src=\"//", "<script", "@import"}) {
            EXPECT_FALSE(contains(page.body, reference)) << path << ": " << reference;
        }
        EXPECT_FALSE(contains(page.body, "stylesheet\" href=\"http")) << path;
    }
}

TEST_F(HttpTest, HeadAnswersLikeGetWithoutBody)
{
    auto head = http_request(s_server->port(), "HEAD", "/staedte");
    auto get_answer = get("/staedte");
    EXPECT_EQ(head.status, 200);
    EXPECT_TRUE(head.body.empty());
    EXPECT_EQ(head.header("Content-Length"), std::to_string(get_answer.body.size()));
}

TEST_F(HttpTest, APostWithoutFormTokenIsRefused)
{
    auto answer = http_request(s_server->port(), "POST", "/staedte");
    EXPECT_EQ(answer.status, 403);
    EXPECT_TRUE(contains(answer.body, "Formular")) << answer.body;
}

TEST_F(HttpTest, OtherMethodsAreRefusedOnReadOnlyPages)
{
    auto answer = http_request(s_server->port(), "DELETE", "/staedte");
    EXPECT_EQ(answer.status, 405);
    EXPECT_EQ(answer.header("Allow"), "GET, HEAD");
    EXPECT_TRUE(contains(answer.body, "Methode nicht erlaubt")) << "the heading says 405, not 400";
    auto unknown = http_request(s_server->port(), "PATCH", "/staedte");
    EXPECT_EQ(unknown.status, 501);
    EXPECT_TRUE(contains(unknown.body, "Methode nicht unterstützt")) << unknown.body.substr(0, 400);
}

TEST_F(HttpTest, TrailingSlashRedirectsToThePageWithout)
{
    auto answer = get("/staedte/");
    EXPECT_EQ(answer.status, 301);
    EXPECT_EQ(answer.header("Location"), "/staedte");
}

TEST_F(HttpTest, MarkupInDataIsEscaped)
{
    // The demo has no markup; an imported city with some must come out escaped.
    TemporaryDirectory directory;
    TestDatabase database;
    const auto data = directory.path() / "data";
    ASSERT_EQ(rundum_on(database, {"init", "--data", data.string()}).exit_code, 0);
    const auto file = directory.path() / "evil.json";
    std::ofstream(file) << R"({"format":"rundum-network","version":1,"cities":[{"id":"city-x","slug":"x",
        "name":"<script>alert(1)</script>","state":"Berlin","official_key":"11000000",
        "location":{"latitude":52.5,"longitude":13.4},"alliance":"\"><img src=x onerror=alert(1)>",
        "statement":"<b>fett</b>","address":null,"website":"","contacts":[]}]})";
    auto imported = rundum_on(database, {"import", "--data", data.string(), file.string()});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    ServerProcess server(data, database.arguments());
    for (const char* path : {"/staedte", "/staedte/x", "/"}) {
        auto page = http_get(server.port(), path);
        EXPECT_FALSE(contains(page.body, "<script>alert")) << path;
        EXPECT_FALSE(contains(page.body, "<img src=x")) << path;
        EXPECT_FALSE(contains(page.body, "<b>fett")) << path;
    }
    EXPECT_TRUE(contains(http_get(server.port(), "/staedte/x").body, "&lt;script&gt;"));
}

TEST_F(HttpTest, AnImportWhileServingIsVisibleOnTheNextRequest)
{
    TemporaryDirectory directory;
    TestDatabase database;
    const auto data = directory.path() / "data";
    ASSERT_EQ(rundum_on(database, {"init", "--data", data.string(), "--demo"}).exit_code, 0);
    ServerProcess server(data, database.arguments());
    ASSERT_TRUE(contains(http_get(server.port(), "/staedte/jena").body, "Jenaer Bündnis für Familie"));
    auto exported = rundum_on(database, {"export", "--data", data.string()});
    ASSERT_EQ(exported.exit_code, 0);
    std::string changed = exported.out;
    const std::string from = "\"Jenaer Bündnis für Familie\"";
    changed.replace(changed.find(from), from.size(), "\"Jenaer Familienbündnis (neu)\"");
    const auto file = directory.path() / "changed.json";
    std::ofstream(file) << changed;
    ASSERT_EQ(rundum_on(database, {"import", "--data", data.string(), file.string()}).exit_code, 0);
    EXPECT_TRUE(contains(http_get(server.port(), "/staedte/jena").body, "Jenaer Familienbündnis (neu)"));
    EXPECT_TRUE(contains(http_get(server.port(), "/api/v1/cities/jena").body, "Jenaer Familienbündnis (neu)"));
}

} // namespace
} // namespace rundum::testing
